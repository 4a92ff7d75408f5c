/**
 * Resets: the forms RFC 9293 gives them (§3.10.7.1-3, §3.10.5), RFC 5961's hardening of RST,
 * SYN and ACK processing in synchronized states, and what SYN-RECEIVED does with a RST.
 *
 * Our ISS is 5000 on port 80, the peer's ISN 1000 on port 50000. After the handshake
 * SND.NXT = 5001, RCV.NXT = 1001, RCV.WND = 65535.
 */
import { endpoint } from '../helpers/endpoint-driver.ts';

const established = () => endpoint().handshakeAsServer(1000);

describe('a segment arriving in CLOSED (RFC 9293 §3.10.7.1)', () => {
  // "If the ACK bit is off, sequence number zero is used, <SEQ=0><ACK=SEG.SEQ+SEG.LEN>
  // <CTL=RST,ACK>"; SEG.LEN counts SYN and FIN (§3.4).
  it.each([
    ['a SYN: 1000 + 0 + 1 (SYN)', { flags: ['SYN'] as const, seq: 1000 }, 1001],
    ['a SYN with 10 bytes: 1000 + 10 + 1', { flags: ['SYN'] as const, seq: 1000, len: 10 }, 1011],
    ['a FIN with 5 bytes: 1000 + 5 + 1', { flags: ['FIN'] as const, seq: 1000, len: 5 }, 1006],
    ['a SYN+FIN: 1000 + 1 + 1', { flags: ['SYN', 'FIN'] as const, seq: 1000 }, 1002],
    ['20 bytes without ACK: 1000 + 20', { flags: [] as const, seq: 1000, len: 20 }, 1020],
    ['a SYN at 2^32 - 1: wraps to 0', { flags: ['SYN'] as const, seq: 4294967295 }, 0],
  ])('answers %s with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>', (_, segment, ack) => {
    endpoint()
      .receive(segment)
      .expectState('CLOSED')
      .expectSent({ flags: ['RST', 'ACK'], seq: 0, ack, len: 0 });
  });

  it('answers a segment with ACK with <SEQ=SEG.ACK><CTL=RST> (no ACK flag)', () => {
    // "If the ACK bit is on, <SEQ=SEG.ACK><CTL=RST>".
    endpoint()
      .receive({ flags: ['ACK'], seq: 1000, ack: 777, len: 10 })
      .expectSent({ flags: ['RST'], seq: 777, ack: null });
  });

  it('sends the RST back to where the segment came from', () => {
    endpoint({ port: 80 })
      .receive({ flags: ['SYN'], seq: 1000, srcPort: 40000, dstPort: 80 })
      .expectSent({ srcPort: 80, dstPort: 40000 });
  });

  it('discards an incoming RST silently ("An incoming segment containing a RST is discarded")', () => {
    endpoint()
      .receive({ flags: ['RST'], seq: 1000 })
      .expectNothingSent();
    endpoint()
      .receive({ flags: ['RST', 'ACK'], seq: 1000, ack: 5 })
      .expectNothingSent();
  });
});

describe('a RST for an unacceptable ACK before the connection is synchronized', () => {
  it('LISTEN: any ACK is bad, <SEQ=SEG.ACK><CTL=RST> (§3.10.7.2)', () => {
    endpoint()
      .listen()
      .receive({ flags: ['ACK'], seq: 1000, ack: 4242 })
      .expectState('LISTEN')
      .expectSent({ flags: ['RST'], seq: 4242, ack: null });
  });

  it('LISTEN: a SYN+ACK is checked for its ACK first and reset (§3.10.7.2 second)', () => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 4242 })
      .expectState('LISTEN')
      .expectSent({ flags: ['RST'], seq: 4242, ack: null });
  });

  // §3.10.7.3 first: "If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is
  // set ...) <SEQ=SEG.ACK><CTL=RST>". ISS = 5000, SND.NXT = 5001.
  it.each([4999, 5000, 5002])('SYN-SENT: SEG.ACK = %i is unacceptable, reset', (ack) => {
    endpoint()
      .connect()
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack })
      .expectState('SYN-SENT')
      .expectSent({ flags: ['RST'], seq: ack, ack: null });
  });

  it('SYN-SENT: a RST with an unacceptable ACK is dropped, not answered', () => {
    endpoint()
      .connect()
      .receive({ flags: ['RST', 'ACK'], seq: 0, ack: 5000 })
      .expectState('SYN-SENT')
      .expectNothingSent();
  });

  // §3.10.7.4 fifth, SYN-RECEIVED: "If SND.UNA < SEG.ACK =< SND.NXT then enter ESTABLISHED ...
  // If the segment acknowledgment is not acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST>".
  it.each([5000, 5002])('SYN-RECEIVED: SEG.ACK = %i is not in (5000, 5001], reset', (ack) => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .receive({ flags: ['ACK'], seq: 1001, ack })
      .expectState('SYN-RECEIVED')
      .expectSent({ flags: ['RST'], seq: ack, ack: null });
  });
});

describe('abort() (RFC 9293 §3.10.5)', () => {
  // SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT: "Send a reset segment:
  // <SEQ=SND.NXT><CTL=RST>".
  it('ESTABLISHED with 100 bytes in flight: RST at SND.NXT = 5001 + 100 = 5101', () => {
    established()
      .send(100)
      .abort()
      .expectState('CLOSED')
      .expectSent({ flags: ['RST'], seq: 5101, ack: null })
      .expectTimer('retransmit', 'stop');
  });

  it('SYN-RECEIVED: RST at SND.NXT = ISS + 1 = 5001', () => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .abort()
      .expectSent({ flags: ['RST'], seq: 5001, ack: null });
  });

  it('FIN-WAIT-1: RST at SND.NXT = 5002 (the FIN took 5001)', () => {
    established()
      .close()
      .abort()
      .expectSent({ flags: ['RST'], seq: 5002, ack: null });
  });

  it('FIN-WAIT-2: RST at SND.NXT = 5002', () => {
    established()
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .expectState('FIN-WAIT-2')
      .abort()
      .expectSent({ flags: ['RST'], seq: 5002, ack: null });
  });

  it('CLOSE-WAIT: RST at SND.NXT = 5001', () => {
    established()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 })
      .abort()
      .expectSent({ flags: ['RST'], seq: 5001, ack: null });
  });

  // LISTEN, SYN-SENT: delete the TCB; CLOSING, LAST-ACK, TIME-WAIT: "respond with ok and delete
  // the TCB". No RST in any of them.
  it('LISTEN and SYN-SENT: CLOSED, nothing sent', () => {
    endpoint().listen().abort().expectState('CLOSED').expectNothingSent();
    endpoint()
      .connect()
      .abort()
      .expectState('CLOSED')
      .expectNothingSent()
      .expectTimer('retransmit', 'stop');
  });

  it('CLOSING, LAST-ACK and TIME-WAIT: CLOSED, nothing sent', () => {
    const closing = established()
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 })
      .expectState('CLOSING');
    closing.abort().expectState('CLOSED').expectNothingSent();
    const lastAck = established()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 })
      .close()
      .expectState('LAST-ACK');
    lastAck.abort().expectState('CLOSED').expectNothingSent();
    const timeWait = established()
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT');
    timeWait.abort().expectState('CLOSED').expectNothingSent();
  });

  it('CLOSED: refused ("error: connection does not exist")', () => {
    endpoint().abort().expectRefused().expectState('CLOSED');
  });
});

describe('RFC 5961 §3.2: RST in a synchronized state', () => {
  const challenge = { flags: ['ACK'] as const, seq: 5001, ack: 1001 };

  it('resets when SEG.SEQ = RCV.NXT exactly, and tells the application', () => {
    established()
      .receive({ flags: ['RST'], seq: 1001 })
      .expectState('CLOSED')
      .expectNothingSent()
      .expectNotice('notice-connection-reset');
  });

  it('resets on RST+ACK at RCV.NXT too', () => {
    established()
      .receive({ flags: ['RST', 'ACK'], seq: 1001, ack: 5001 })
      .expectState('CLOSED');
  });

  it.each([1002, 66535])(
    'answers an in-window RST at %i (not RCV.NXT) with a challenge ACK',
    (seq) => {
      // "<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", and the connection stays.
      established()
        .receive({ flags: ['RST'], seq })
        .expectState('ESTABLISHED')
        .expectSent(challenge);
    },
  );

  it.each([66536, 1000, 3_000_000_000])('drops an out-of-window RST at %i silently', (seq) => {
    established()
      .receive({ flags: ['RST'], seq })
      .expectState('ESTABLISHED')
      .expectNothingSent()
      .expectNoNotice();
  });
});

describe('RFC 5961 §4.2 / RFC 9293 §3.10.7.4 fourth: SYN in a synchronized state', () => {
  // "If the SYN bit is set, irrespective of the sequence number, TCP endpoints MUST send a
  // 'challenge ACK' to the remote peer: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", then drop it.
  it.each([1001, 1500, 1000, 900_000])('answers a SYN at %i with a challenge ACK', (seq) => {
    established()
      .receive({ flags: ['SYN'], seq })
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 })
      .expectTcb({ rcvNxt: 1001 });
  });

  it('answers a SYN in TIME-WAIT with a challenge ACK too', () => {
    established()
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .receive({ flags: ['SYN'], seq: 1002 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 });
  });
});

describe('RFC 9293 §3.10.7.4 fifth: ACK processing', () => {
  it('answers an ACK of unsent data (SEG.ACK > SND.NXT) with an ACK and drops its text', () => {
    // "If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the
    // segment, and return." The 10 bytes are not taken: RCV.NXT stays 1001.
    established()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 })
      .expectTcb({ rcvNxt: 1001, sndUna: 5001 });
  });

  it('ignores a duplicate ACK (SEG.ACK < SND.UNA) but still takes its text', () => {
    // "If the ACK is a duplicate (SEG.ACK =< SND.UNA), it can be ignored." Text is processed.
    established()
      .send(100)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5101 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5101, ack: 1011 })
      .expectTcb({ sndUna: 5101 });
  });

  it('RFC 5961 §5.2: an ACK older than SND.UNA - MAX.SND.WND is answered and dropped', () => {
    // The peer offered 65535 without window scaling: MAX.SND.WND = 65535, so the acceptable
    // ACKs are [5001 - 65535, 5001] = [4294906762, 5001] modulo 2^32.
    const unscaled = () => endpoint().handshakeAsServer(1000, { mss: 1460 });
    unscaled()
      .receive({ flags: ['ACK'], seq: 1001, ack: 4294906761, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 })
      .expectTcb({ rcvNxt: 1001 });
    unscaled()
      .receive({ flags: ['ACK'], seq: 1001, ack: 4294906762, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1011 });
  });

  it('drops a segment without ACK in a synchronized state', () => {
    established()
      .receive({ flags: [], seq: 1001, len: 10 })
      .expectNothingSent()
      .expectTcb({ rcvNxt: 1001 });
  });
});

describe('RST in SYN-RECEIVED (RFC 9293 §3.10.7.4 second check)', () => {
  it('passive OPEN: back to LISTEN, nothing sent, the user is not told', () => {
    // "If this connection was initiated with a passive OPEN (i.e., came from the LISTEN state),
    // then return this connection to LISTEN state and return. The user need not be informed."
    const d = endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .receive({ flags: ['RST'], seq: 1001 })
      .expectState('LISTEN')
      .expectNothingSent()
      .expectNoNotice()
      .expectTimer('retransmit', 'stop');
    // The listener is as good as new: the next SYN is answered from ISS again.
    d.receive({ flags: ['SYN'], seq: 7000 }).expectSent({
      flags: ['SYN', 'ACK'],
      seq: 5000,
      ack: 7001,
    });
  });

  it('active OPEN (simultaneous open): CLOSED, and the user is told "connection refused"', () => {
    // "If this connection was initiated with an active OPEN (i.e., came from SYN-SENT state),
    // then the connection was refused; signal the user 'connection refused'."
    endpoint()
      .simultaneousOpen(1000)
      .receive({ flags: ['RST'], seq: 1001 })
      .expectState('CLOSED')
      .expectNothingSent()
      .expectNotice('notice-connection-refused');
  });

  it('an in-window RST that is not exact gets a challenge ACK (RFC 5961 §3.2)', () => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .receive({ flags: ['RST'], seq: 1500 })
      .expectState('SYN-RECEIVED')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 });
  });
});

describe('RST in SYN-SENT (RFC 9293 §3.10.7.3 second check)', () => {
  it('with an acceptable ACK: CLOSED, and the user is told the connection was refused', () => {
    // "If the ACK was acceptable, then signal to the user 'error: connection reset', drop the
    // segment, enter CLOSED state, delete TCB, and return." The model uses the sockets API's
    // word for this case, ECONNREFUSED (as Linux reports it), and its text quotes the RFC's.
    endpoint()
      .connect()
      .receive({ flags: ['RST', 'ACK'], seq: 0, ack: 5001 })
      .expectState('CLOSED')
      .expectNothingSent()
      .expectTimer('retransmit', 'stop')
      .expectNotice('notice-connection-refused');
  });

  it('without ACK: dropped ("Otherwise (no ACK), drop the segment and return")', () => {
    endpoint()
      .connect()
      .receive({ flags: ['RST'], seq: 0 })
      .expectState('SYN-SENT')
      .expectNothingSent();
  });
});
