/**
 * blind-rst-outside-window: an off-path attacker forges a RST from the client with SEQ far past
 * the server's window. RFC 9293 §3.10.7.4 first check, for RST segments: "If the RST bit is set
 * and the sequence number is outside the current receive window, silently drop the segment."
 * The server's window: RCV.NXT = 1000 + 1 = 1001, RCV.WND = 65535, so acceptable SEQs are
 * 1001 ≤ SEQ < 66536; 71001 is not.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const ATTACK_AT = 400;
const GUESS = 71001;

describe('blind-rst-outside-window', () => {
  const sim = run('blind-rst-outside-window');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      attacks: [
        {
          t: ATTACK_AT,
          target: 'server',
          flags: ['RST'],
          seq: GUESS,
          ack: null,
          len: 0,
          address: '192.0.2.1',
        },
      ],
    });
    expect(GUESS).toBeGreaterThanOrEqual(C + 1 + 65535);
  });

  it('puts the forged RST on the client’s lane, and nothing answers it', () => {
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      {
        from: 'client',
        flags: 'RST',
        seq: GUESS,
        ack: null,
        t: ATTACK_AT,
        arrivesAt: ATTACK_AT + D,
      },
    ]);
    const forged = sim.segment(4);
    expect(forged.forged).toBe(true);
    expect(forged.index).toBeUndefined();
    expect(forged.why.code).toBe('attack-forged-segment');
  });

  it('drops it silently: both sides stay ESTABLISHED and no application is told', () => {
    sim.expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(sim.notices('server')).toEqual([[ATTACK_AT + D, 'discard-rst-unacceptable']]);
    expect(sim.notices('client')).toEqual([]);
  });
});
