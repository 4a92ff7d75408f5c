/**
 * abort-mid-connection: the client aborts. RFC 9293 §3.10.5 (ABORT in ESTABLISHED): send
 * <SEQ=SND.NXT><CTL=RST>, enter CLOSED. §3.10.7.4 with RFC 5961 §3.2: a RST exactly at RCV.NXT
 * resets the peer, which enters CLOSED. No FIN, no TIME-WAIT.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const BYTES = 100;
const ABORT_AT = 800;

describe('abort-mid-connection', () => {
  const sim = run('abort-mid-connection');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'client', call: 'send', bytes: BYTES },
        { t: ABORT_AT, endpoint: 'client', call: 'abort' },
      ],
    });
  });

  it('ends with one RST at SND.NXT, without ACK', () => {
    const sndNxt = C + 1 + BYTES; // 1101: after the SYN and 100 bytes
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'PSH+ACK', seq: C + 1, ack: S + 1, len: BYTES, t: 400 },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: sndNxt, t: 500 },
      // §3.10.5: <SEQ=SND.NXT><CTL=RST>: RST alone, so the ACK field is absent.
      {
        from: 'client',
        flags: 'RST',
        seq: sndNxt,
        ack: null,
        t: ABORT_AT,
        arrivesAt: ABORT_AT + D,
      },
    ]);
  });

  it('closes the client at the abort and the server when the RST arrives', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED', 'CLOSED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSED'])
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [ABORT_AT, 'CLOSED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [ABORT_AT + D, 'CLOSED'],
      ]);
  });

  it('starts no TIME-WAIT on either side', () => {
    expect([...sim.timers('client', 'time-wait'), ...sim.timers('server', 'time-wait')]).toEqual(
      [],
    );
  });
});
