/**
 * blind-rst-exact: the forged RST's SEQ = RCV.NXT = 1000 + 1 = 1001 exactly. RFC 5961 §3.2 and
 * RFC 9293 §3.10.7.4: "If the RST bit is set and the sequence number exactly matches the next
 * expected sequence number (RCV.NXT), then TCP endpoints MUST reset the connection": the server
 * enters CLOSED and its application is told "connection reset". The client's data at 800 then
 * reaches a CLOSED server, which answers (§3.10.7.1, ACK bit on) <SEQ=SEG.ACK><CTL=RST> =
 * <SEQ=5001><CTL=RST>; 5001 is the client's RCV.NXT, so the client resets too.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const ATTACK_AT = 400;
const SEND_AT = 800;
const BYTES = 100;

describe('blind-rst-exact', () => {
  const sim = run('blind-rst-exact');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({ client: { isn: C }, server: { isn: S } });
    expect(sim.scenario.attacks?.[0]).toMatchObject({ t: ATTACK_AT, seq: C + 1 });
  });

  it('resets the server, then the client when its data meets the RST', () => {
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      {
        from: 'client',
        flags: 'RST',
        seq: C + 1,
        ack: null,
        t: ATTACK_AT,
        arrivesAt: ATTACK_AT + D,
      },
      { from: 'client', flags: 'PSH+ACK', seq: C + 1, ack: S + 1, len: BYTES, t: SEND_AT },
      {
        from: 'server',
        flags: 'RST',
        seq: S + 1,
        ack: null,
        t: SEND_AT + D,
        arrivesAt: SEND_AT + 2 * D,
      },
    ]);
    sim
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [ATTACK_AT + D, 'CLOSED'],
      ])
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [SEND_AT + 2 * D, 'CLOSED'],
      ]);
  });

  it('tells both applications: connection reset', () => {
    expect(sim.notices('server')).toEqual([[ATTACK_AT + D, 'notice-connection-reset']]);
    expect(sim.notices('client')).toEqual([[SEND_AT + 2 * D, 'notice-connection-reset']]);
  });
});
