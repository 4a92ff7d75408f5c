import {
  buildRunModel,
  durationParts,
  flagBits,
  narrationFor,
  relativeBases,
  showSeq,
  shownNumbers,
} from '../../src/layout/index.ts';
import { getScenario } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { handshakeDataClose } from '../helpers/traces.ts';
import { flagsText } from '../../src/sim/index.ts';

describe('numbers', () => {
  it('shows numbers relative to each side’s ISN, across the 2^32 wrap', () => {
    const bases = { client: 0xffff_fff0, server: 5000 };
    expect(showSeq(0xffff_fff0, 'client', 'relative', bases)).toBe(0);
    expect(showSeq(0x10, 'client', 'relative', bases)).toBe(0x20);
    expect(showSeq(0x10, 'client', 'absolute', bases)).toBe(0x10);
  });

  it('falls back to the first SYN when the trace does not know an ISN', () => {
    const trace = handshakeDataClose();
    trace.endpoints.server.isn = null;
    expect(relativeBases(trace)).toEqual({ client: 1000, server: 5000 });
  });

  it('counts a closed port’s RST from its own SEQ 0, not from an ISN it never used', () => {
    // RFC 9293 §3.10.7.1: a SYN (ISN 1000, no ACK) to a CLOSED port is answered
    // <SEQ=0><ACK=1001><CTL=RST,ACK>; relative to the client's ISN the ACK is 1.
    const scenario = getScenario('syn-to-closed-port');
    if (scenario === undefined) throw new Error('missing built-in');
    const trace = simulate(scenario);
    const bases = relativeBases(trace);
    const rst = trace.events.find((e) => e.type === 'send' && e.flags.includes('RST'));
    if (rst?.type !== 'send') throw new Error('no RST');
    expect([rst.seq, rst.ack]).toEqual([0, 1001]);
    expect(shownNumbers(rst, 'relative', bases)).toEqual({ seq: 0, ack: 1, len: 0 });
  });

  it('counts a later connection from its own ISN, as Wireshark does for a reused port', () => {
    // time-wait-reconnect-lower-isn: the client reconnects at 1000 with ISN 500, the server's
    // second connection starts at its SYN+ACK with ISN 9000 (at 2100).
    const scenario = getScenario('time-wait-reconnect-lower-isn');
    if (scenario === undefined) throw new Error('missing built-in');
    const trace = simulate(scenario);
    const bases = relativeBases(trace);
    expect(bases).toEqual({
      client: 1000,
      server: 5000,
      changes: [
        { side: 'client', t: 1000, base: 500 },
        { side: 'server', t: 2100, base: 9000 },
      ],
    });
    const sends = trace.events.filter((e) => e.type === 'send');
    const shown = sends.map((s) => [s.flags.join('+'), shownNumbers(s, 'relative', bases)]);
    // The old connection's last ACK, SEQ = 5002 and ACK = 1002: 2 and 2.
    expect(shown[6]).toEqual(['ACK', { seq: 2, ack: 2, len: 0 }]);
    // The new SYN at 500 is 0; the TIME-WAIT side's ACK 1002 now reads 502 in the new count.
    expect(shown[7]).toEqual(['SYN', { seq: 0, ack: null, len: 0 }]);
    expect(shown[8]).toEqual(['ACK', { seq: 2, ack: 502, len: 0 }]);
    // The retransmitted SYN and the server's new SYN+ACK (9000, ACK 501): both start at 0.
    expect(shown[10]).toEqual(['SYN', { seq: 0, ack: null, len: 0 }]);
    expect(shown[11]).toEqual(['SYN+ACK', { seq: 0, ack: 1, len: 0 }]);
  });

  it('does not start counting again at a forged SYN', () => {
    const scenario = getScenario('forged-syn-established');
    if (scenario === undefined) throw new Error('missing built-in');
    expect(relativeBases(simulate(scenario))).toEqual({ client: 1000, server: 5000 });
  });

  it('names flags as people say them and lists the six classic bits', () => {
    expect(flagsText(['SYN', 'ACK'])).toBe('SYN+ACK');
    expect(flagsText(['FIN', 'ACK'])).toBe('FIN+ACK');
    expect(flagsText(['ACK', 'PSH'])).toBe('PSH+ACK');
    expect(flagBits(['FIN', 'ACK']).map((b) => b.bit)).toEqual([0, 1, 0, 0, 0, 1]);
  });

  it('phrases durations', () => {
    expect(durationParts(240_000)).toEqual({ value: '4', unit: 'min' });
    expect(durationParts(1000)).toEqual({ value: '1.0', unit: 's' });
    expect(durationParts(950)).toEqual({ value: '950', unit: 'ms' });
  });
});

describe('narration model', () => {
  const run = buildRunModel(handshakeDataClose());
  it('takes the ACK arithmetic from the core’s ackBasis, in the chosen mode', () => {
    const c = run.timeline.steps.findIndex((s) => s.event.type === 'send' && s.event.id === 2) + 1;
    const abs = narrationFor(run.timeline, c, 'absolute', run.bases);
    const rel = narrationFor(run.timeline, c, 'relative', run.bases);
    if (abs.kind !== 'send' || rel.kind !== 'send') throw new Error('expected a send');
    expect(abs.arithmetic).toEqual({
      terms: [
        { value: 1000, kind: 'seq' },
        { value: 1, kind: 'syn' },
      ],
      result: 1001,
    });
    expect(rel.arithmetic).toEqual({
      terms: [
        { value: 0, kind: 'seq' },
        { value: 1, kind: 'syn' },
      ],
      result: 1,
    });
    expect(abs.reason).toBe('SYN+ACK: ACK = 1000 + 1 = 1001');
    expect(abs.rfc).toBe('RFC 9293 §3.10');
  });

  it('has no arithmetic for a segment without ACK', () => {
    const c = run.timeline.steps.findIndex((s) => s.event.type === 'send') + 1;
    const n = narrationFor(run.timeline, c, 'absolute', run.bases);
    expect(n.kind === 'send' ? n.arithmetic : 'not a send').toBeNull();
  });
});
