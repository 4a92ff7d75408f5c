/**
 * simultaneous-close: both sides call close() at t = 1000 (RFC 9293 §3.6 Figure 13). Each FIN
 * arrives before the ACK of the other's, so both pass through CLOSING to TIME-WAIT.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const CLOSE_AT = 1000;
const TWO_MSL = 2 * 120_000;

describe('simultaneous-close', () => {
  const sim = run('simultaneous-close');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: CLOSE_AT, endpoint: 'client', call: 'close' },
        { t: CLOSE_AT, endpoint: 'server', call: 'close' },
      ],
    });
  });

  it('crosses two FINs and two ACKs', () => {
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      // §3.10.4: FIN at SND.NXT, with ACK = RCV.NXT.
      { from: 'client', flags: 'FIN+ACK', seq: C + 1, ack: S + 1, t: CLOSE_AT },
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: C + 1, t: CLOSE_AT },
      // §3.10.7.4: each FIN takes a number; the ACK's SEQ is SND.NXT, already past our own FIN.
      { from: 'server', flags: 'ACK', seq: S + 2, ack: C + 2, t: CLOSE_AT + D },
      { from: 'client', flags: 'ACK', seq: C + 2, ack: S + 2, t: CLOSE_AT + D },
    ]);
  });

  it('takes both sides through FIN-WAIT-1, CLOSING and TIME-WAIT (2 MSL)', () => {
    for (const side of ['client', 'server'] as const) {
      expect(sim.statesOf(side).slice(-5)).toEqual([
        'ESTABLISHED',
        'FIN-WAIT-1',
        'CLOSING',
        'TIME-WAIT',
        'CLOSED',
      ]);
      expect(
        sim
          .stateChanges(side)
          .slice(-4)
          .map((c) => [c.t, c.to]),
      ).toEqual([
        [CLOSE_AT, 'FIN-WAIT-1'],
        [CLOSE_AT + D, 'CLOSING'], // the peer's FIN, which does not ACK ours
        [CLOSE_AT + 2 * D, 'TIME-WAIT'], // the ACK of our FIN
        [CLOSE_AT + 2 * D + TWO_MSL, 'CLOSED'],
      ]);
    }
    sim
      .expectStates('client', [
        'CLOSED',
        'SYN-SENT',
        'ESTABLISHED',
        'FIN-WAIT-1',
        'CLOSING',
        'TIME-WAIT',
        'CLOSED',
      ])
      .expectStates('server', [
        'CLOSED',
        'LISTEN',
        'SYN-RECEIVED',
        'ESTABLISHED',
        'FIN-WAIT-1',
        'CLOSING',
        'TIME-WAIT',
        'CLOSED',
      ]);
  });
});
