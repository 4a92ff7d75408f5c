/**
 * old-duplicate: the first copy of a data segment is held up 1500 ms. Its retransmission (one
 * RTO, 1 s, later) gets through first; when the old copy arrives it lies wholly before RCV.NXT,
 * fails the acceptability test of RFC 9293 §3.10.7.4 (first check) and is answered with
 * <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, then dropped.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const SEND_AT = 400;
const BYTES = 100;
const EXTRA = 1500;
const RTO = 1000;
const TWO_MSL = 2 * 120_000;

describe('old-duplicate', () => {
  const sim = run('old-duplicate');
  const resendAt = SEND_AT + RTO; // 1400
  const oldArrives = SEND_AT + D + EXTRA; // 2000

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: SEND_AT, endpoint: 'client', call: 'send', bytes: BYTES },
        { t: 2500, endpoint: 'client', call: 'close' },
        { t: 2800, endpoint: 'server', call: 'close' },
      ],
      network: { delay: [{ from: 'client', index: 3, ms: EXTRA }] },
    });
  });

  it('answers the late original with a bare ACK of RCV.NXT', () => {
    const rcvNxt = C + 1 + BYTES; // 1101 once the retransmission arrived
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: C + 1,
        ack: S + 1,
        len: BYTES,
        t: SEND_AT,
        arrivesAt: oldArrives,
      },
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: C + 1,
        ack: S + 1,
        len: BYTES,
        retransmission: true,
        t: resendAt,
        arrivesAt: resendAt + D,
      },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: rcvNxt, t: resendAt + D },
      // SEG.SEQ + SEG.LEN - 1 = 1100 < RCV.NXT = 1101: not acceptable, send an ACK.
      { from: 'server', flags: 'ACK', seq: S + 1, ack: rcvNxt, t: oldArrives },
      { from: 'client', flags: 'FIN+ACK', seq: rcvNxt, ack: S + 1, t: 2500 },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: rcvNxt + 1, t: 2600 },
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: rcvNxt + 1, t: 2800 },
      { from: 'client', flags: 'ACK', seq: rcvNxt + 1, ack: S + 2, t: 2900 },
    ]);
    expect(sim.segment(4).extraDelayMs).toBe(EXTRA);
  });

  it('does not count the duplicate bytes twice: nothing changes state at 2000', () => {
    expect(sim.stateChanges('server').filter((c) => c.t === oldArrives)).toEqual([]);
    sim
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [2500, 'FIN-WAIT-1'],
        [2700, 'FIN-WAIT-2'],
        [2900, 'TIME-WAIT'],
        [2900 + TWO_MSL, 'CLOSED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [2600, 'CLOSE-WAIT'],
        [2800, 'LAST-ACK'],
        [3000, 'CLOSED'],
      ]);
  });
});
