/**
 * transfer-64k: 65536 bytes in MSS-sized segments, limited by the receiver's window. ISNs come
 * from the seeded generator, so they are read from the trace and every number is relative to
 * them (mod 2^32, RFC 9293 §3.4). One-way delay 50 ms.
 */
import {
  type SegmentSpec,
  run,
  seqPlus,
  threeWayHandshake,
} from '../../helpers/scenario-driver.ts';

const D = 50;
const SEND_AT = 200;
const TOTAL = 65536;
const MSS = 1460;
/** The SYN+ACK's window: RFC 7323 §2.2, a SYN's window field is never scaled. */
const SYN_WINDOW = 65535;
/** After the handshake the field is 65535 >> 7 = 511, worth 511 << 7 bytes. */
const SCALED_FIELD = Math.floor(65535 / 2 ** 7);
const SCALED_WINDOW = SCALED_FIELD * 2 ** 7; // 65408
const TWO_MSL = 2 * 120_000;

describe('transfer-64k', () => {
  const sim = run('transfer-64k');
  const c = sim.isn('client');
  const s = sim.isn('server');

  // The first flight: whole segments while a whole one fits in SND.WND = 65535 (sender SWS
  // avoidance, RFC 9293 §3.8.6.2.1): 44 x 1460 = 64240 bytes, leaving 1295 usable for 1296
  // queued bytes. Neither a full segment, nor all queued data, nor half the max window fits: wait.
  const firstFlight = Math.floor(SYN_WINDOW / MSS); // 44
  const sentFirst = firstFlight * MSS; // 64240
  const rest = TOTAL - sentFirst; // 1296
  const data = seqPlus(c, 1);
  const fin = seqPlus(data, TOTAL);

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      seed: 2024,
      client: { isn: null, mss: MSS, window: 65535, windowScale: 7 },
      server: { isn: null, mss: MSS, window: 65535, windowScale: 7 },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: SEND_AT, endpoint: 'client', call: 'send', bytes: TOTAL },
        { t: 2000, endpoint: 'client', call: 'close' },
        { t: 2100, endpoint: 'server', call: 'close' },
      ],
    });
    expect(sim.trace.endpoints.client.isnSource).toBe('seeded');
    expect(sim.trace.endpoints.server.isnSource).toBe('seeded');
    expect(rest).toBeGreaterThan(SYN_WINDOW - sentFirst);
  });

  it('sends the exact segments of the transfer and the close', () => {
    const flight: SegmentSpec[] = [];
    for (let k = 0; k < firstFlight; k++) {
      flight.push({
        from: 'client',
        flags: 'ACK',
        seq: seqPlus(data, k * MSS),
        ack: seqPlus(s, 1),
        len: MSS,
        t: SEND_AT,
        window: SCALED_FIELD,
      });
    }
    // No delayed ACKs: one ACK per segment, as each arrives at 250.
    const acks: SegmentSpec[] = [];
    for (let k = 1; k <= firstFlight; k++) {
      acks.push({
        from: 'server',
        flags: 'ACK',
        seq: seqPlus(s, 1),
        ack: seqPlus(data, k * MSS),
        t: SEND_AT + D,
        window: SCALED_FIELD,
      });
    }
    const firstAckBack = SEND_AT + 2 * D; // 300
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: c, serverIsn: s, connectAt: 10, delayMs: D }),
      ...flight,
      ...acks,
      // The first ACK frees 1460 bytes and brings the scaled window (511 << 7 = 65408):
      // usable = 65408 - (64240 - 1460) = 2628 >= 1296, so the rest goes, with PSH.
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: seqPlus(data, sentFirst),
        ack: seqPlus(s, 1),
        len: rest,
        t: firstAckBack,
      },
      { from: 'server', flags: 'ACK', seq: seqPlus(s, 1), ack: fin, t: firstAckBack + D },
      { from: 'client', flags: 'FIN+ACK', seq: fin, ack: seqPlus(s, 1), t: 2000 },
      { from: 'server', flags: 'ACK', seq: seqPlus(s, 1), ack: seqPlus(fin, 1), t: 2000 + D },
      { from: 'server', flags: 'FIN+ACK', seq: seqPlus(s, 1), ack: seqPlus(fin, 1), t: 2100 },
      {
        from: 'client',
        flags: 'ACK',
        seq: seqPlus(fin, 1),
        ack: seqPlus(s, 2),
        t: 2100 + D,
      },
    ]);
    expect(SCALED_WINDOW - (sentFirst - MSS)).toBeGreaterThanOrEqual(rest);
  });

  it('closes normally: client TIME-WAIT for 2 MSL, server LAST-ACK', () => {
    sim
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [10 + 2 * D, 'ESTABLISHED'],
        [2000, 'FIN-WAIT-1'],
        [2000 + 2 * D, 'FIN-WAIT-2'],
        [2100 + D, 'TIME-WAIT'],
        [2100 + D + TWO_MSL, 'CLOSED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [10 + D, 'SYN-RECEIVED'],
        [10 + 3 * D, 'ESTABLISHED'],
        [2000 + D, 'CLOSE-WAIT'],
        [2100, 'LAST-ACK'],
        [2100 + 2 * D, 'CLOSED'],
      ]);
  });

  it('never retransmits', () => {
    expect(sim.segments().filter((e) => e.retransmission)).toEqual([]);
  });
});
