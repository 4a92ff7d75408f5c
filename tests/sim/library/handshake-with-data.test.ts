/**
 * handshake-with-data: send(200) at t = 50, while the client is still in SYN-SENT. RFC 9293
 * §3.10.2 queues it until ESTABLISHED; §3.10.7.3 lets the handshake's last ACK carry it.
 */
import { run, seqPlus } from '../../helpers/scenario-driver.ts';

const CLIENT_ISN = 1000;
const SERVER_ISN = 5000;
const D = 100;
const CONNECT_AT = 10;
const SEND_AT = 50;
const BYTES = 200;

describe('handshake-with-data', () => {
  const sim = run('handshake-with-data');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: CLIENT_ISN },
      server: { isn: SERVER_ISN },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: CONNECT_AT, endpoint: 'client', call: 'connect' },
        { t: SEND_AT, endpoint: 'client', call: 'send', bytes: BYTES },
      ],
    });
  });

  it('puts the 200 queued bytes on the ACK that completes the handshake', () => {
    const established = CONNECT_AT + 2 * D;
    sim.expectSegments([
      { from: 'client', flags: 'SYN', seq: CLIENT_ISN, ack: null, t: CONNECT_AT },
      {
        from: 'server',
        flags: 'SYN+ACK',
        seq: SERVER_ISN,
        ack: seqPlus(CLIENT_ISN, 1),
        t: CONNECT_AT + D,
      },
      // §3.10.7.3: "Data or controls that were queued for transmission MAY be included" in the
      // ACK; it empties the send queue, so PSH is set. SEQ = ISS + 1, LEN = 200.
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: seqPlus(CLIENT_ISN, 1),
        ack: seqPlus(SERVER_ISN, 1),
        len: BYTES,
        t: established,
        arrivesAt: established + D,
      },
      // §3.10.7.4: the ACK of our SYN completes the server's open, and the text is acknowledged
      // at once (no delayed ACKs): ACK = SEQ + LEN = 1001 + 200.
      {
        from: 'server',
        flags: 'ACK',
        seq: seqPlus(SERVER_ISN, 1),
        ack: seqPlus(CLIENT_ISN, 1 + BYTES),
        t: established + D,
        arrivesAt: established + 2 * D,
      },
    ]);
  });

  it('sends nothing at send() time: SYN-SENT only queues', () => {
    expect(sim.segments().filter((s) => s.t === SEND_AT)).toEqual([]);
  });

  it('visits the handshake states on both sides', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [CONNECT_AT + D, 'SYN-RECEIVED'],
        [CONNECT_AT + 3 * D, 'ESTABLISHED'],
      ]);
  });
});
