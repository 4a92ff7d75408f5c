/**
 * A SYN flood on a listener with a queue of 4, computed by hand from the defaults: forged SYNs
 * leave every 20 ms from t = 10 and arrive 100 ms later; the client connects at 500 ms; RTOs
 * start at 1 s and double (RFC 6298); an entry gives up after 5 SYN+ACK retransmissions.
 */
import { buildRunModel, narrationFor } from '../../../src/layout/index.ts';
import {
  checkSynFloodConfig,
  simulateSynFlood,
  SYN_FLOOD_DEFAULTS,
  unpackCookie,
  type BacklogEvent,
  type NoticeEvent,
  type SendEvent,
  type StateEvent,
  type Trace,
} from '../../../src/sim/index.ts';

const sends = (tr: Trace) => tr.events.filter((e): e is SendEvent => e.type === 'send');
const states = (tr: Trace) => tr.events.filter((e): e is StateEvent => e.type === 'state');
const notices = (tr: Trace) => tr.events.filter((e): e is NoticeEvent => e.type === 'notice');
const backlogs = (tr: Trace) => tr.events.filter((e): e is BacklogEvent => e.type === 'backlog');

describe('a SYN flood without SYN cookies', () => {
  const trace = simulateSynFlood(SYN_FLOOD_DEFAULTS);
  const forged = sends(trace).filter((s) => s.from === 'client' && s.spoofedAddress !== undefined);

  it('sends six SYNs from six forged addresses on the client side', () => {
    expect(forged.map((s) => s.t)).toEqual([10, 30, 50, 70, 90, 110]);
    expect(forged.map((s) => s.spoofedAddress)).toEqual([
      '203.0.113.1',
      '203.0.113.2',
      '203.0.113.3',
      '203.0.113.4',
      '203.0.113.5',
      '203.0.113.6',
    ]);
    expect(forged.every((s) => s.flags.join('+') === 'SYN' && s.ack === null)).toBe(true);
    expect(forged[0]?.why.code).toBe('flood-spoofed-syn');
  });

  it('fills the queue with the first four, one entry per arrival', () => {
    const growing = backlogs(trace).filter((b) => b.t <= 170);
    expect(growing.map((b) => [b.t, b.size])).toEqual([
      [0, 0],
      [110, 1],
      [130, 2],
      [150, 3],
      [170, 4],
    ]);
    const full = growing.at(-1);
    expect(full?.capacity).toBe(4);
    expect(full?.entries.map((e) => e.address)).toEqual(
      forged.slice(0, 4).map((s) => s.spoofedAddress),
    );
    expect(full?.entries.every((e) => e.state === 'SYN-RECEIVED' && !e.legitimate)).toBe(true);
  });

  it('answers each with a SYN+ACK that is lost on its way to the forged address', () => {
    const first = sends(trace).filter(
      (s) => s.from === 'server' && s.spoofedAddress === '203.0.113.1',
    );
    // 1 + 5 retransmissions, after RTOs of 1, 2, 4, 8 and 16 s.
    expect(first.map((s) => s.t)).toEqual([110, 1110, 3110, 7110, 15110, 31110]);
    expect(first.every((s) => s.lost === true && s.flags.join('+') === 'SYN+ACK')).toBe(true);
    expect(first[0]?.ack).toBe(((forged[0]?.seq ?? 0) + 1) % 2 ** 32);
    expect(
      first.slice(1).every((s) => s.retransmission && s.retransmissionOf === first[0]?.id),
    ).toBe(true);
    const drops = trace.events.filter((e) => e.type === 'drop' && e.id === first[0]?.id);
    expect(drops.map((d) => d.t)).toEqual([160]);
  });

  it('drops the fifth and sixth SYN without a reply: the queue is full', () => {
    const full = notices(trace).filter((n) => n.why.code === 'flood-syn-queue-full');
    expect(full.slice(0, 2).map((n) => n.t)).toEqual([190, 210]);
    expect(full[0]?.why.params).toEqual({ size: 4, capacity: 4 });
    expect(
      sends(trace).some((s) => s.spoofedAddress === '203.0.113.5' && s.from === 'server'),
    ).toBe(false);
  });

  it('leaves the legitimate client’s SYN unanswered until it gives up', () => {
    const client = sends(trace).filter(
      (s) => s.from === 'client' && s.spoofedAddress === undefined,
    );
    // connect() at 500 ms; retransmissions 1, 2, 4 and 8 s after the one before.
    expect(client.map((s) => s.t)).toEqual([500, 1500, 3500, 7500, 15500]);
    const dropped = notices(trace).filter((n) => n.why.code === 'flood-syn-queue-full');
    expect(dropped.map((n) => n.t)).toEqual([190, 210, 600, 1600, 3600, 7600, 15600]);
    expect(sends(trace).some((s) => s.to === 'client' && s.lost !== true)).toBe(false);
    const gaveUp = states(trace).find((s) => s.endpoint === 'client' && s.to === 'CLOSED');
    expect(gaveUp?.t).toBe(31500);
    expect(gaveUp?.why.code).toBe('retransmission-limit');
    expect(trace.endpoints.client.finalState).toBe('CLOSED');
    expect(
      notices(trace).some((n) => n.endpoint === 'client' && n.why.code === 'notice-timed-out'),
    ).toBe(true);
  });

  it('keeps the server lane listening, and frees each entry 63 s after its SYN+ACK', () => {
    expect(
      states(trace)
        .filter((s) => s.endpoint === 'server')
        .map((s) => s.to),
    ).toEqual(['LISTEN']);
    const shrinking = backlogs(trace).filter((b) => b.t > 63_000);
    expect(shrinking.map((b) => [b.t, b.size])).toEqual([
      [63110, 3],
      [63130, 2],
      [63150, 1],
      [63170, 0],
    ]);
  });

  it('counts each entry’s SYN+ACKs and shows when the next one is due', () => {
    const at1110 = backlogs(trace).find((b) => b.t === 1110);
    expect(at1110?.entries[0]).toMatchObject({
      synAcksSent: 2,
      nextRetransmitAt: 3110,
      since: 110,
    });
    expect(at1110?.entries[1]).toMatchObject({ synAcksSent: 1, nextRetransmitAt: 1130 });
  });

  it('is the same run every time', () => {
    expect(simulateSynFlood(SYN_FLOOD_DEFAULTS)).toEqual(trace);
    expect(simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, seed: 1 })).not.toEqual(trace);
  });
});

describe('the same flood with SYN cookies on', () => {
  const trace = simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, synCookies: true });
  const clientSyn = sends(trace).find((s) => s.from === 'client' && s.spoofedAddress === undefined);
  const cookie = sends(trace).find((s) => s.from === 'server' && s.spoofedAddress === undefined);

  it('answers SYNs the full queue cannot hold with cookies, keeping no state', () => {
    const cookies = sends(trace).filter((s) => s.why.code === 'syn-cookie-sent');
    expect(cookies.map((s) => [s.t, s.spoofedAddress ?? 'client'])).toEqual([
      [190, '203.0.113.5'],
      [210, '203.0.113.6'],
      [600, 'client'],
    ]);
    expect(backlogs(trace).every((b) => b.size <= 4)).toBe(true);
    expect(backlogs(trace).some((b) => b.t >= 190 && b.t < 1000 && b.size !== 4)).toBe(false);
  });

  it('encodes counter 0, MSS index 7 and only an MSS option in the client’s SYN+ACK', () => {
    expect(cookie?.t).toBe(600);
    expect(cookie?.ack).toBe(((clientSyn?.seq ?? 0) + 1) % 2 ** 32);
    const fields = unpackCookie(cookie?.seq ?? 0);
    expect(fields.counter).toBe(0);
    expect(fields.mssIndex).toBe(7);
    expect(cookie?.options).toEqual({ mss: 1460 });
    expect(cookie?.why.params).toMatchObject({ counter: 0, mssIndex: 7, mss: 1460 });
  });

  it('connects the client: its ACK carries the cookie + 1 and the server starts ESTABLISHED', () => {
    const clientUp = states(trace).find((s) => s.endpoint === 'client' && s.to === 'ESTABLISHED');
    expect(clientUp?.t).toBe(700);
    const ack = sends(trace).find((s) => s.from === 'client' && s.t === 700);
    expect(ack?.flags).toEqual(['ACK']);
    expect(ack?.ack).toBe(((cookie?.seq ?? 0) + 1) % 2 ** 32);
    // No window scaling was agreed: the window field is the plain byte count.
    expect(ack?.window).toBe(65535);
    const server = states(trace).filter((s) => s.endpoint === 'server');
    expect(server.map((s) => [s.t, s.from, s.to])).toEqual([
      [0, 'CLOSED', 'LISTEN'],
      [800, 'LISTEN', 'ESTABLISHED'],
    ]);
    expect(server[1]?.why.code).toBe('syn-cookie-valid');
    expect(trace.endpoints.server.isn).toBe(cookie?.seq);
  });

  it('connects while the queue is still full of forged entries', () => {
    const at800 = backlogs(trace)
      .filter((b) => b.t <= 800)
      .at(-1);
    expect(at800?.size).toBe(4);
    expect(trace.endpoints.client.finalState).toBe('ESTABLISHED');
    expect(trace.endpoints.server.finalState).toBe('ESTABLISHED');
  });
});

describe('a listener with room', () => {
  const trace = simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, backlog: 8 });

  it('takes the client’s SYN into the queue, through SYN-RECEIVED, then out of it', () => {
    const server = states(trace).filter((s) => s.endpoint === 'server');
    expect(server.map((s) => [s.t, s.to])).toEqual([
      [0, 'LISTEN'],
      [600, 'SYN-RECEIVED'],
      [800, 'ESTABLISHED'],
    ]);
    const at600 = backlogs(trace).find((b) => b.t === 600);
    expect(at600?.size).toBe(7);
    expect(at600?.entries.at(-1)).toMatchObject({ legitimate: true, address: '198.51.100.7' });
    const at800 = backlogs(trace).find((b) => b.t === 800);
    expect(at800?.size).toBe(6);
    expect(at800?.entries.some((e) => e.legitimate)).toBe(false);
  });
});

describe('the trace model and its players', () => {
  it('keeps backlog changes out of the player’s steps', () => {
    const trace = simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, synCookies: true });
    const run = buildRunModel(trace);
    expect(run.timeline.steps.some((s) => (s.event.type as string) === 'backlog')).toBe(false);
    expect(run.timeline.eventD).toHaveLength(trace.events.length);
    expect(run.schedule.starts.every(Number.isFinite)).toBe(true);
    for (let c = 0; c <= run.schedule.count; c++) {
      expect(() => narrationFor(run.timeline, c, 'absolute', run.bases)).not.toThrow();
    }
  });

  it('refuses settings outside their bounds', () => {
    expect(() => {
      checkSynFloodConfig({ ...SYN_FLOOD_DEFAULTS, backlog: 0 });
    }).toThrow(/backlog/);
    expect(() => {
      checkSynFloodConfig({ ...SYN_FLOOD_DEFAULTS, clientConnectMs: -1 });
    }).toThrow(/clientConnectMs/);
  });
});
