/**
 * client-closes-first: a request, a response, then the 4-way close of RFC 9293 Figure 12 with
 * the client closing first. Client ISN 1000, server ISN 5000, 100 ms each way.
 */
import { run, seqPlus, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const REQUEST = 100;
const RESPONSE = 300;
/** 2 MSL with the default MSL of 2 minutes (RFC 9293 §3.4.2). */
const TWO_MSL = 2 * 120_000;

describe('client-closes-first', () => {
  const sim = run('client-closes-first');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      mslMs: TWO_MSL / 2,
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'client', call: 'send', bytes: REQUEST },
        { t: 700, endpoint: 'server', call: 'send', bytes: RESPONSE },
        { t: 1000, endpoint: 'client', call: 'close' },
        { t: 1300, endpoint: 'server', call: 'close' },
      ],
    });
  });

  it('sends the exact segments: data advances SEQ by LEN, each FIN by one', () => {
    const cData = seqPlus(C, 1); // first byte after the SYN
    const sData = seqPlus(S, 1);
    const cFin = seqPlus(cData, REQUEST); // 1101: the FIN follows the last byte
    const sFin = seqPlus(sData, RESPONSE); // 5301
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      // §3.10.2 SEND: SEQ = SND.NXT; PSH on the segment that empties the queue.
      { from: 'client', flags: 'PSH+ACK', seq: cData, ack: sData, len: REQUEST, t: 400 },
      // ACK = SEQ + LEN = 1001 + 100 (no +1: no SYN or FIN).
      { from: 'server', flags: 'ACK', seq: sData, ack: cFin, t: 500 },
      { from: 'server', flags: 'PSH+ACK', seq: sData, ack: cFin, len: RESPONSE, t: 700 },
      { from: 'client', flags: 'ACK', seq: cFin, ack: sFin, t: 800 },
      // §3.10.4 CLOSE in ESTABLISHED: FIN at SND.NXT; every segment after the SYN carries ACK.
      { from: 'client', flags: 'FIN+ACK', seq: cFin, ack: sFin, t: 1000, arrivesAt: 1100 },
      // §3.10.7.4 eighth: the FIN takes one number, RCV.NXT = 1101 + 1.
      { from: 'server', flags: 'ACK', seq: sFin, ack: seqPlus(cFin, 1), t: 1100 },
      { from: 'server', flags: 'FIN+ACK', seq: sFin, ack: seqPlus(cFin, 1), t: 1300 },
      // FIN-WAIT-2 acknowledges the FIN: ACK = 5301 + 1; its own SEQ is past its FIN.
      {
        from: 'client',
        flags: 'ACK',
        seq: seqPlus(cFin, 1),
        ack: seqPlus(sFin, 1),
        t: 1400,
        arrivesAt: 1500,
      },
    ]);
  });

  it('takes the client through FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT', () => {
    sim.expectStates('client', [
      'CLOSED',
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'TIME-WAIT',
      'CLOSED',
    ]);
  });

  it('takes the server through CLOSE-WAIT and LAST-ACK', () => {
    sim.expectStates('server', [
      'CLOSED',
      'LISTEN',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'CLOSE-WAIT',
      'LAST-ACK',
      'CLOSED',
    ]);
  });

  it('changes state when each segment arrives, and leaves TIME-WAIT after 2 MSL', () => {
    sim
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [1000, 'FIN-WAIT-1'], // close()
        [1200, 'FIN-WAIT-2'], // the ACK of our FIN (sent 1100) arrives
        [1400, 'TIME-WAIT'], // the server's FIN (sent 1300) arrives
        [1400 + TWO_MSL, 'CLOSED'], // §3.10.8: the time-wait timeout is 2 MSL
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [1100, 'CLOSE-WAIT'],
        [1300, 'LAST-ACK'],
        [1500, 'CLOSED'],
      ]);
    const tw = sim.timers('client', 'time-wait');
    expect(tw.map((e) => [e.t, e.action, e.durationMs])).toEqual([
      [1400, 'start', TWO_MSL],
      [1400 + TWO_MSL, 'expire', undefined],
    ]);
  });
});
