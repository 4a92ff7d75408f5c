/**
 * A new connection meeting TIME-WAIT, and an ISN per connection.
 *
 * Numbers: our ISS is 5000, the peer's ISN 1000. We close first; after the FIN exchange
 * SND.NXT = 5002 and RCV.NXT = 1002, and we wait in TIME-WAIT.
 */
import { endpoint } from '../helpers/endpoint-driver.ts';

const timeWait = (d = endpoint()) =>
  d
    .handshakeAsServer(1000)
    .close()
    .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
    .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
    .expectState('TIME-WAIT');

describe('RFC 9293 §3.6.1 (MAY-2): a newer SYN reopens TIME-WAIT', () => {
  // "it MAY accept a new SYN from the remote TCP endpoint to reopen the connection directly
  // from TIME-WAIT state, if it: (1) assigns its initial sequence number for the new connection
  // to be larger than the largest sequence number it used on the previous connection
  // incarnation". Linux accepts when SEG.SEQ is after the old RCV.NXT and takes
  // ISS = old SND.NXT + 65535 + 2 (tcp_timewait_state_process).
  it('answers a SYN after RCV.NXT with a SYN+ACK from an ISS above the old SND.NXT', () => {
    timeWait()
      .receive({ flags: ['SYN'], seq: 3000 })
      .expectState('SYN-RECEIVED')
      .expectSent({ flags: ['SYN', 'ACK'], seq: 5002 + 65537, ack: 3001 })
      .expectTimer('time-wait', 'stop')
      .expectTcb({ irs: 3000, rcvNxt: 3001, iss: 70539, sndNxt: 70540, passiveOpen: true });
  });

  it('completes the new connection with the ACK of that SYN+ACK', () => {
    timeWait()
      .receive({ flags: ['SYN'], seq: 3000 })
      .receive({ flags: ['ACK'], seq: 3001, ack: 70540 })
      .expectState('ESTABLISHED')
      .expectNothingSent();
  });

  it('compares modulo 2^32: a SYN just past the wrap is newer than RCV.NXT near 2^32', () => {
    endpoint()
      .handshakeAsServer(0xffff_fff0)
      .close()
      .receive({ flags: ['ACK'], seq: 0xffff_fff1, ack: 5002 })
      .receive({ flags: ['FIN', 'ACK'], seq: 0xffff_fff1, ack: 5002 })
      .expectState('TIME-WAIT')
      .receive({ flags: ['SYN'], seq: 100 })
      .expectState('SYN-RECEIVED')
      .expectSent({ flags: ['SYN', 'ACK'], ack: 101 });
  });
});

describe('RFC 9293 §3.10.7.4: a SYN not after RCV.NXT in TIME-WAIT', () => {
  // First check: SEQ 500 lies below RCV.NXT, "If an incoming segment is not acceptable, an
  // acknowledgment should be sent in reply (unless the RST bit is set)". It may be an old
  // duplicate, so TIME-WAIT stays and 2 MSL is not restarted (Linux does not reschedule it).
  it('answers a lower SYN with the old connection’s ACK and stays', () => {
    timeWait()
      .advance(1000)
      .receive({ flags: ['SYN'], seq: 500 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .advance(239_000 - 1)
      .expectState('TIME-WAIT')
      .advance(1)
      .expectState('CLOSED');
  });

  // RFC 5961 §4.2: a SYN at RCV.NXT (acceptable) gets the challenge ACK, the same segment.
  it('answers a SYN at RCV.NXT the same way', () => {
    timeWait()
      .receive({ flags: ['SYN'], seq: 1002 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 });
  });
});

describe('RFC 9293 §3.10.7.4 second check: RST in TIME-WAIT', () => {
  // "TIME-WAIT STATE: If the RST bit is set, then enter the CLOSED state, delete the TCB, and
  // return." RFC 1337 advises ignoring it; Linux follows RFC 9293 while tcp_rfc1337 = 0.
  it('ends TIME-WAIT on a RST at RCV.NXT, and tells no application', () => {
    timeWait()
      .receive({ flags: ['RST'], seq: 1002 })
      .expectState('CLOSED')
      .expectNothingSent()
      .expectNoNotice()
      .expectTimer('time-wait', 'stop');
  });
});

describe('an ISN per connection (EndpointConfig.laterIsns)', () => {
  it('gives each connect() the next ISN', () => {
    endpoint({ isn: 5000, laterIsns: [7000] })
      .connect()
      .expectSent({ flags: ['SYN'], seq: 5000 })
      .abort()
      .connect()
      .expectSent({ flags: ['SYN'], seq: 7000 });
  });

  it('counts listen() as an open too, and uses the last ISN again past the list', () => {
    endpoint({ isn: 5000, laterIsns: [7000] })
      .listen()
      .close()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .expectSent({ flags: ['SYN', 'ACK'], seq: 7000, ack: 1001 })
      .abort()
      .connect()
      .expectSent({ flags: ['SYN'], seq: 7000 });
  });

  it('keeps the ISN of the open when a RST sends SYN-RECEIVED back to LISTEN', () => {
    endpoint({ isn: 5000, laterIsns: [7000] })
      .listen()
      .close()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .receive({ flags: ['RST'], seq: 1001 })
      .expectState('LISTEN')
      .receive({ flags: ['SYN'], seq: 2000 })
      .expectSent({ flags: ['SYN', 'ACK'], seq: 7000, ack: 2001 });
  });

  it('without later ISNs, every open uses the one ISN (as a single number always did)', () => {
    endpoint({ isn: 5000 })
      .connect()
      .abort()
      .connect()
      .expectSent({ flags: ['SYN'], seq: 5000 });
  });
});
