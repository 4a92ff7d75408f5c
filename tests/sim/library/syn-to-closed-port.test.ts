/**
 * syn-to-closed-port: nobody listens. RFC 9293 §3.10.7.1 (CLOSED): a segment without ACK is
 * answered <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, where SEG.LEN counts the SYN; §3.10.7.3:
 * in SYN-SENT a RST whose ACK is acceptable closes the connection.
 */
import { run, seqPlus } from '../../helpers/scenario-driver.ts';

const C = 1000;
const D = 100;
const CONNECT_AT = 10;

describe('syn-to-closed-port', () => {
  const sim = run('syn-to-closed-port');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [{ t: CONNECT_AT, endpoint: 'client', call: 'connect' }],
    });
  });

  it('answers the SYN with RST+ACK, SEQ 0, ACK = ISN + 1', () => {
    const synLen = 1; // SEG.LEN of a bare SYN: no data, the SYN itself
    sim.expectSegments([
      { from: 'client', flags: 'SYN', seq: C, ack: null, t: CONNECT_AT, arrivesAt: CONNECT_AT + D },
      {
        from: 'server',
        flags: 'RST+ACK',
        seq: 0,
        ack: seqPlus(C, synLen),
        t: CONNECT_AT + D,
        arrivesAt: CONNECT_AT + 2 * D,
      },
    ]);
    // The reset comes from the port the SYN was sent to.
    expect([sim.segment(2).srcPort, sim.segment(2).dstPort]).toEqual([80, 50000]);
  });

  it('closes the client when the reset arrives; the server never leaves CLOSED', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'CLOSED'])
      .expectStateTimes('client', [
        [CONNECT_AT, 'SYN-SENT'],
        [CONNECT_AT + 2 * D, 'CLOSED'],
      ])
      .expectStates('server', ['CLOSED']);
  });

  it('stops the SYN retransmission timer: no SYN is ever retransmitted', () => {
    expect(sim.timers('client', 'retransmit').map((e) => [e.t, e.action])).toEqual([
      [CONNECT_AT, 'start'],
      [CONNECT_AT + 2 * D, 'stop'],
    ]);
  });

  it('tells the application exactly once', () => {
    expect(
      sim.trace.events.filter((e) => e.type === 'notice' && e.endpoint === 'client'),
    ).toHaveLength(1);
  });
});
