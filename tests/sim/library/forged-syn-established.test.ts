/**
 * forged-syn-established: a forged SYN from the client, SEQ = 1501, inside the server's window
 * (1001 ≤ 1501 < 66536), arrives in ESTABLISHED. RFC 9293 §3.10.7.4 fourth check with RFC 5961
 * §4.2: "If the SYN bit is set, irrespective of the sequence number, TCP endpoints MUST send a
 * 'challenge ACK' to the remote peer: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", so SEQ = 5001,
 * ACK = 1001; the connection is not reset.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const ATTACK_AT = 400;

describe('forged-syn-established', () => {
  const sim = run('forged-syn-established');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({ client: { isn: C }, server: { isn: S } });
    expect(sim.scenario.attacks?.[0]).toMatchObject({ t: ATTACK_AT, flags: ['SYN'], seq: 1501 });
  });

  it('answers the SYN with a challenge ACK instead of resetting', () => {
    const arrives = ATTACK_AT + D;
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'SYN', seq: 1501, ack: null, t: ATTACK_AT, arrivesAt: arrives },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: C + 1, t: arrives, arrivesAt: arrives + D },
    ]);
    expect(sim.segment(5).why.code).toBe('challenge-ack-syn');
    sim.expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(sim.notices('server')).toEqual([]);
  });
});
