/**
 * RFC 9293 §3.10.7.4, first check: the four cases of segment acceptability, at their
 * boundaries, computed by hand. An unacceptable segment is answered with
 * <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and dropped; an acceptable pure ACK is answered with
 * nothing, so what is sent tells the two apart.
 *
 * Our ISS is 5000, the peer's ISN 1000: after the handshake RCV.NXT = 1001, SND.NXT = 5001, and
 * with RCV.WND = 65535 the window is [1001, 66536).
 */
import { endpoint } from '../helpers/endpoint-driver.ts';

const established = (window = 65535) => endpoint({ window }).handshakeAsServer(1000);
const dupAck = { flags: ['ACK'] as const, seq: 5001, ack: 1001 };

describe('RFC 9293 §3.10.7.4 case 2: SEG.LEN = 0, RCV.WND > 0', () => {
  // Test: RCV.NXT =< SEG.SEQ < RCV.NXT + RCV.WND, i.e. 1001 =< SEG.SEQ < 66536.
  it('accepts SEG.SEQ = RCV.NXT = 1001', () => {
    established()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001 })
      .expectNothingSent();
  });

  it('accepts SEG.SEQ = RCV.NXT + RCV.WND - 1 = 66535', () => {
    established()
      .receive({ flags: ['ACK'], seq: 66535, ack: 5001 })
      .expectNothingSent();
  });

  it('rejects SEG.SEQ = RCV.NXT + RCV.WND = 66536 with an ACK', () => {
    established()
      .receive({ flags: ['ACK'], seq: 66536, ack: 5001 })
      .expectSent(dupAck);
  });

  it('rejects SEG.SEQ = RCV.NXT - 1 = 1000 (old) with an ACK', () => {
    established()
      .receive({ flags: ['ACK'], seq: 1000, ack: 5001 })
      .expectSent(dupAck);
  });
});

describe('RFC 9293 §3.10.7.4 case 4: SEG.LEN > 0, RCV.WND > 0', () => {
  // Test: the first byte 1001 =< SEG.SEQ < 66536, or the last byte
  // 1001 =< SEG.SEQ + SEG.LEN - 1 < 66536.
  it('accepts a segment whose first byte is RCV.NXT: RCV.NXT = 1001 + 100 = 1101', () => {
    established()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, len: 100 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1101 });
  });

  it('accepts a segment whose last byte only is in the window (901 + 101 - 1 = 1001)', () => {
    // Its new part, byte 1001, is taken: RCV.NXT = 1002.
    established()
      .receive({ flags: ['ACK'], seq: 901, ack: 5001, len: 101 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1002 });
  });

  it('rejects a segment entirely before RCV.NXT (901 + 100 - 1 = 1000)', () => {
    established()
      .receive({ flags: ['ACK'], seq: 901, ack: 5001, len: 100 })
      .expectSent(dupAck)
      .expectTcb({ rcvNxt: 1001, held: [] });
  });

  it('accepts (and holds) a segment whose first byte is the last in the window, 66535', () => {
    const d = established().receive({ flags: ['ACK'], seq: 66535, ack: 5001, len: 10 });
    d.expectSent(dupAck);
    expect(d.tcb.held).toEqual([{ seq: 66535, len: 10, fin: false }]);
  });

  it('rejects a segment that starts at RCV.NXT + RCV.WND = 66536', () => {
    const d = established().receive({ flags: ['ACK'], seq: 66536, ack: 5001, len: 10 });
    d.expectSent(dupAck);
    expect(d.tcb.held).toEqual([]);
  });
});

describe('RFC 9293 §3.10.7.4 cases 1 and 3: RCV.WND = 0', () => {
  // A receive buffer of 0: the SYN+ACK offers window 0, and RCV.WND stays 0.
  it('offers window 0 in the SYN+ACK', () => {
    endpoint({ window: 0 })
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .expectSent({ flags: ['SYN', 'ACK'], seq: 5000, ack: 1001, window: 0 });
  });

  it('case 1 (SEG.LEN = 0): accepts only SEG.SEQ = RCV.NXT', () => {
    established(0)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001 })
      .expectNothingSent();
    established(0)
      .receive({ flags: ['ACK'], seq: 1002, ack: 5001 })
      .expectSent(dupAck);
    established(0)
      .receive({ flags: ['ACK'], seq: 1000, ack: 5001 })
      .expectSent(dupAck);
  });

  it('case 1: a RST at exactly RCV.NXT is acceptable and resets', () => {
    established(0)
      .receive({ flags: ['RST'], seq: 1001 })
      .expectState('CLOSED');
  });

  it('case 3 (SEG.LEN > 0): not acceptable, even at RCV.NXT; RCV.NXT stays 1001', () => {
    established(0)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, len: 1 })
      .expectSent(dupAck)
      .expectTcb({ rcvNxt: 1001 });
  });

  it('still takes the valid ACK a zero-window data segment carries ("special allowance")', () => {
    // RFC 9293 §3.10.7.4: "If the RCV.WND is zero, no segments will be acceptable, but special
    // allowance should be made to accept valid ACKs, URGs, and RSTs." Our 100 bytes are in
    // flight (SND.UNA 5001, SND.NXT 5101); the peer's data segment carries ACK = 5101. The text
    // is dropped (RCV.NXT stays 1001), but the ACK is valid: SND.UNA = 5101, timer stopped.
    const d = established(0).send(100);
    d.receive({ flags: ['ACK'], seq: 1001, ack: 5101, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5101, ack: 1001 })
      .expectTcb({ sndUna: 5101, rcvNxt: 1001 });
  });
});

describe('acceptability across the 2^32 wrap (RFC 9293 §3.4: all arithmetic modulo 2^32)', () => {
  // The peer's ISN is 4294967290: RCV.NXT = 4294967291, and the window
  // [4294967291, 4294967291 + 65535 - 2^32 = 65530) straddles the wrap.
  const nearWrap = () => endpoint().handshakeAsServer(4294967290);

  it('takes data crossing 2^32: 4294967291 + 10 = 4294967301 - 2^32 = 5', () => {
    nearWrap()
      .receive({ flags: ['ACK'], seq: 4294967291, ack: 5001, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 5 });
  });

  it('holds a segment just past the wrap (seq 100 is inside the window)', () => {
    const d = nearWrap().receive({ flags: ['ACK'], seq: 100, ack: 5001, len: 10 });
    d.expectSent({ flags: ['ACK'], seq: 5001, ack: 4294967291 });
    expect(d.tcb.held).toEqual([{ seq: 100, len: 10, fin: false }]);
  });

  it('accepts the last sequence number of the window, 65529, and rejects 65530', () => {
    nearWrap()
      .receive({ flags: ['ACK'], seq: 65529, ack: 5001 })
      .expectNothingSent();
    nearWrap()
      .receive({ flags: ['ACK'], seq: 65530, ack: 5001 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 4294967291 });
  });

  it('rejects an old segment from before the wrap (4294967000)', () => {
    nearWrap()
      .receive({ flags: ['ACK'], seq: 4294967000, ack: 5001, len: 10 })
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 4294967291 });
  });
});
