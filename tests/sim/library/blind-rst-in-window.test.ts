/**
 * blind-rst-in-window: the forged RST's SEQ = 2001 is inside the server's window
 * (1001 ≤ 2001 < 66536) but not RCV.NXT = 1001. RFC 5961 §3.2 (RFC 9293 §3.10.7.4): "If the RST
 * bit is set and the sequence number does not exactly match the next expected sequence value,
 * yet is within the current receive window, TCP endpoints MUST send an acknowledgment (challenge
 * ACK): <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", so SEQ = 5001, ACK = 1001.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const ATTACK_AT = 400;
const GUESS = 2001;

describe('blind-rst-in-window', () => {
  const sim = run('blind-rst-in-window');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({ client: { isn: C }, server: { isn: S } });
    expect(sim.scenario.attacks?.[0]).toMatchObject({ t: ATTACK_AT, flags: ['RST'], seq: GUESS });
  });

  it('answers the in-window RST with a challenge ACK to the real client', () => {
    const arrives = ATTACK_AT + D;
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'RST', seq: GUESS, ack: null, t: ATTACK_AT, arrivesAt: arrives },
      // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: 5000 + 1 and 1000 + 1.
      { from: 'server', flags: 'ACK', seq: S + 1, ack: C + 1, t: arrives, arrivesAt: arrives + D },
    ]);
    expect(sim.segment(5).why.code).toBe('challenge-ack-rst');
  });

  it('keeps the connection: the client sent no RST, so it does not answer', () => {
    sim.expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(sim.notices('server')).toEqual([]);
    expect(sim.notices('client')).toEqual([]);
  });
});
