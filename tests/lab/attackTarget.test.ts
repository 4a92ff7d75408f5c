/**
 * The attacker's presets: read from the target's TCB as the core holds it when the forged
 * segment arrives, and each one, staged in the session, draws the reaction RFC 9293 §3.10.7.4
 * and RFC 5961 §3-4 give it (reset, challenge ACK, silent drop).
 *
 * The session: ISNs 1000 (client) and 5000 (server), 100 ms each way, listen at 0, connect at
 * 10. The server is ESTABLISHED at 310 with RCV.NXT = 1000 + 1 (the SYN takes one number) and
 * RCV.WND = its window, 65535 bytes. A segment forged at 400 arrives at 500.
 */
import {
  attackTarget,
  parseForgedSegment,
  type AttackPresetId,
  type ForgedSegmentFields,
} from '../../src/lab/index.ts';
import { newSession, scenarioOf, withAction, type LabSession } from '../../src/lab/labSession.ts';
import { simulate, type EndpointId, type TraceEvent } from '../../src/sim/index.ts';

const C = 1000;
const S = 5000;
const D = 100;
const WINDOW = 65535;
const AT = 400;

function established(): LabSession {
  const s = newSession(42, { en: 'Lab session', ko: '실습 세션' });
  return {
    base: {
      ...s.base,
      client: { ...s.base.client, isn: C },
      server: { ...s.base.server, isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
    },
    actions: [
      { kind: 'call', t: 0, endpoint: 'server', call: 'listen' },
      { kind: 'call', t: 10, endpoint: 'client', call: 'connect' },
    ],
  };
}

function fields(over: Partial<ForgedSegmentFields>): ForgedSegmentFields {
  return {
    target: 'server',
    flags: ['RST'],
    seq: '0',
    ack: '',
    len: '0',
    address: '192.0.2.1',
    when: null,
    ...over,
  };
}

/** The run after staging a preset against the server at AT. */
function staged(id: AttackPresetId): TraceEvent[] {
  const session = established();
  const preset = attackTarget(session, AT, 'server', AT).presets.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const form = parseForgedSegment(fields({ flags: preset.flags, seq: String(preset.seq) }), AT);
  if (!form.ok) throw new Error(JSON.stringify(form.problems));
  const next = withAction(session, AT, { kind: 'attack', ...form.attack }).session;
  return simulate(scenarioOf(next)).events;
}

const reasonsAt = (events: TraceEvent[], endpoint: EndpointId, t: number): string[] =>
  events.flatMap((e) =>
    e.t === t &&
    'why' in e &&
    (('endpoint' in e && e.endpoint === endpoint) ||
      ('from' in e && e.from === endpoint && !('forged' in e)))
      ? [e.why.code]
      : [],
  );

describe('the attacker’s target', () => {
  it('reads RCV.NXT and RCV.WND from the server’s TCB, and the presets from them', () => {
    const target = attackTarget(established(), AT, 'server', AT);
    expect(target).toMatchObject({
      endpoint: 'server',
      arrivesAt: AT + D,
      state: 'ESTABLISHED',
      window: { rcvNxt: C + 1, rcvWnd: WINDOW },
      claims: { address: '192.0.2.1', port: established().base.client.port },
    });
    expect(target.presets).toEqual([
      { id: 'rst-exact', flags: ['RST'], seq: 1001 },
      // Half the window in: 1001 + 32767.
      { id: 'rst-in-window', flags: ['RST'], seq: 33768 },
      // The first number past the right edge: 1001 + 65535.
      { id: 'rst-outside-window', flags: ['RST'], seq: 66536 },
      { id: 'syn-in', flags: ['SYN'], seq: 1001 },
    ]);
  });

  it('aims at the client with the server’s RCV.NXT turned around: 5000 + 1', () => {
    const target = attackTarget(established(), AT, 'client', AT);
    expect(target.window).toEqual({ rcvNxt: S + 1, rcvWnd: WINDOW });
    expect(target.claims.address).toBe('192.0.2.2');
  });

  it('offers no preset before the connection is synchronized', () => {
    // At 150 the server is SYN-RECEIVED: its SYN+ACK is still on its way.
    const target = attackTarget(established(), 50, 'server', 50);
    expect(target.state).toBe('SYN-RECEIVED');
    expect(target.window).toBeNull();
    expect(target.presets).toEqual([]);
  });

  it('reads the TCB at arrival: data still in flight moves RCV.NXT on', () => {
    const session = withAction(established(), 400, {
      kind: 'call',
      t: 400,
      endpoint: 'client',
      call: 'send',
      bytes: 300,
    }).session;
    // The 300 bytes leave at 400 and reach the server at 500, before a RST forged at 400.
    expect(attackTarget(session, 400, 'server', 400).window?.rcvNxt).toBe(C + 1 + 300);
  });

  it('wraps modulo 2^32 past the top of the sequence space', () => {
    const session = established();
    const high = {
      ...session,
      base: { ...session.base, client: { ...session.base.client, isn: 0xffff_ffff - 10 } },
    };
    const presets = attackTarget(high, AT, 'server', AT).presets;
    // RCV.NXT = 2^32 - 11 + 1 = 4294967286; past the window: (4294967286 + 65535) mod 2^32.
    expect(presets.find((p) => p.id === 'rst-exact')?.seq).toBe(4294967286);
    expect(presets.find((p) => p.id === 'rst-outside-window')?.seq).toBe(65525);
  });
});

describe('each preset, staged', () => {
  const arrives = AT + D;

  it('RST at RCV.NXT resets the server (RFC 9293 §3.10.7.4)', () => {
    const events = staged('rst-exact');
    expect(reasonsAt(events, 'server', arrives)).toContain('rst-valid');
    expect(
      events.some((e) => e.type === 'state' && e.endpoint === 'server' && e.to === 'CLOSED'),
    ).toBe(true);
  });

  it('RST in the window draws a challenge ACK (RFC 5961 §3.2)', () => {
    const events = staged('rst-in-window');
    expect(reasonsAt(events, 'server', arrives)).toContain('challenge-ack-rst');
    expect(
      events.some((e) => e.type === 'state' && e.endpoint === 'server' && e.to === 'CLOSED'),
    ).toBe(false);
  });

  it('RST outside the window is dropped silently (RFC 9293 §3.10.7.4)', () => {
    const events = staged('rst-outside-window');
    expect(reasonsAt(events, 'server', arrives)).toEqual(['discard-rst-unacceptable']);
  });

  it('SYN into the connection draws a challenge ACK (RFC 5961 §4.2)', () => {
    expect(reasonsAt(staged('syn-in'), 'server', arrives)).toContain('challenge-ack-syn');
  });
});

describe('the attacker’s form', () => {
  it('reads a forged segment the scenario format accepts', () => {
    expect(
      parseForgedSegment(
        fields({ flags: ['ACK', 'RST'], seq: ' 4294967295 ', ack: '0', len: '20', when: '900' }),
        400,
      ),
    ).toEqual({
      ok: true,
      attack: {
        t: 900,
        target: 'server',
        flags: ['ACK', 'RST'],
        seq: 4294967295,
        ack: 0,
        len: 20,
        address: '192.0.2.1',
      },
    });
  });

  it('ignores the ACK field without the ACK flag, and sends now at the earliest moment', () => {
    const r = parseForgedSegment(fields({ ack: 'junk' }), 311);
    expect(r).toMatchObject({ ok: true, attack: { t: 311, ack: null } });
  });

  it('says which field is wrong and why', () => {
    const r = parseForgedSegment(
      fields({
        flags: ['ACK'],
        seq: '4294967296',
        ack: '',
        len: '1.5',
        address: '  ',
        when: '300',
      }),
      400,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'seq', problem: 'range', min: 0, max: 4294967295 },
        { field: 'ack', problem: 'required' },
        { field: 'len', problem: 'not-whole' },
        { field: 'time', problem: 'range', min: 400, max: 86_400_000 },
        { field: 'address', problem: 'required' },
      ],
    });
  });

  it('refuses numbers written another way (1e3, 0x10) and LEN past 65535', () => {
    const r = parseForgedSegment(fields({ seq: '1e3', len: '65536', ack: '0x10' }), 0);
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'seq', problem: 'not-whole' },
        { field: 'len', problem: 'range', min: 0, max: 65535 },
      ],
    });
  });
});
