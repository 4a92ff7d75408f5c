/**
 * server-closes-first: the server answers and closes at once, so the roles of RFC 9293 Figure 12
 * swap: the server goes FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT; the client CLOSE-WAIT, LAST-ACK.
 */
import { run, seqPlus, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const REQUEST = 100;
const RESPONSE = 300;
const TWO_MSL = 2 * 120_000;

describe('server-closes-first', () => {
  const sim = run('server-closes-first');

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
        { t: 600, endpoint: 'server', call: 'send', bytes: RESPONSE },
        { t: 800, endpoint: 'server', call: 'close' },
        { t: 1200, endpoint: 'client', call: 'close' },
      ],
    });
  });

  it('sends the exact segments', () => {
    const cNext = seqPlus(C, 1 + REQUEST); // 1101
    const sFin = seqPlus(S, 1 + RESPONSE); // 5301
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'PSH+ACK', seq: C + 1, ack: S + 1, len: REQUEST, t: 400 },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: cNext, t: 500 },
      { from: 'server', flags: 'PSH+ACK', seq: S + 1, ack: cNext, len: RESPONSE, t: 600 },
      { from: 'client', flags: 'ACK', seq: cNext, ack: sFin, t: 700 },
      // §3.10.4: the server's FIN at SND.NXT = 5001 + 300.
      { from: 'server', flags: 'FIN+ACK', seq: sFin, ack: cNext, t: 800, arrivesAt: 900 },
      // §3.10.7.4 eighth: RCV.NXT = FIN's SEQ + 1.
      { from: 'client', flags: 'ACK', seq: cNext, ack: seqPlus(sFin, 1), t: 900 },
      { from: 'client', flags: 'FIN+ACK', seq: cNext, ack: seqPlus(sFin, 1), t: 1200 },
      {
        from: 'server',
        flags: 'ACK',
        seq: seqPlus(sFin, 1),
        ack: seqPlus(cNext, 1),
        t: 1300,
        arrivesAt: 1400,
      },
    ]);
  });

  it('puts the server, not the client, in TIME-WAIT', () => {
    sim
      .expectStates('server', [
        'CLOSED',
        'LISTEN',
        'SYN-RECEIVED',
        'ESTABLISHED',
        'FIN-WAIT-1',
        'FIN-WAIT-2',
        'TIME-WAIT',
        'CLOSED',
      ])
      .expectStates('client', [
        'CLOSED',
        'SYN-SENT',
        'ESTABLISHED',
        'CLOSE-WAIT',
        'LAST-ACK',
        'CLOSED',
      ]);
    expect(sim.timers('client', 'time-wait')).toEqual([]);
  });

  it('changes state as each segment arrives; TIME-WAIT lasts 2 MSL', () => {
    sim
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [800, 'FIN-WAIT-1'],
        [1000, 'FIN-WAIT-2'],
        [1300, 'TIME-WAIT'],
        [1300 + TWO_MSL, 'CLOSED'],
      ])
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [900, 'CLOSE-WAIT'],
        [1200, 'LAST-ACK'],
        [1400, 'CLOSED'],
      ]);
  });
});
