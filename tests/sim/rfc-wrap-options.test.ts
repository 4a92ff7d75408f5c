/**
 * Sequence numbers across 2^32 (RFC 9293 §3.4) and the options negotiated in the SYNs: MSS
 * (RFC 9293 §3.7.1), window scale (RFC 7323 §2) and SACK-permitted (RFC 2018 §2).
 */
import { PEER_SYN_OPTIONS, endpoint } from '../helpers/endpoint-driver.ts';

describe('an ISN of 4294967000 with data crossing 2^32', () => {
  // ISS = 4294967000; the SYN takes it, so data starts at 4294967001. 1000 bytes end at
  // 4294967001 + 1000 = 4294968001 = 2^32 + 705: SND.NXT wraps to 705.
  const client = () => endpoint({ isn: 4294967000 }).handshakeAsClient(1000);

  it('sends the SYN at 4294967000 and takes the SYN+ACK acknowledging 4294967001', () => {
    endpoint({ isn: 4294967000 })
      .connect()
      .expectSent({ flags: ['SYN'], seq: 4294967000 })
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 4294967001 })
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 4294967001, ack: 1001 });
  });

  it('sends 1000 bytes at 4294967001; SND.NXT becomes 705', () => {
    client()
      .send(1000)
      .expectSent({ flags: ['ACK'], seq: 4294967001, len: 1000 })
      .expectTcb({ sndUna: 4294967001, sndNxt: 705 });
  });

  it('splits data at the MSS across the wrap: 4294967001 + 1460 = 1165', () => {
    client()
      .send(2000)
      .expectSent({ seq: 4294967001, len: 1460 }, { seq: 1165, len: 540 })
      .expectTcb({ sndNxt: 1705 });
  });

  it('takes the ACK of 705 (after the wrap) as acknowledging everything: timer stopped', () => {
    client()
      .send(1000)
      .receive({ flags: ['ACK'], seq: 1001, ack: 705 })
      .expectTimer('retransmit', 'stop')
      .expectTcb({ sndUna: 705, retransmissionQueue: [] });
  });

  it('takes a partial ACK across the wrap (4294967201 + 800 = 705)', () => {
    const d = client()
      .send(1000)
      .receive({ flags: ['ACK'], seq: 1001, ack: 4294967201 })
      .expectTcb({ sndUna: 4294967201 });
    expect(d.tcb.retransmissionQueue.map((e) => [e.seq, e.len])).toEqual([[4294967201, 800]]);
  });

  it('answers an ACK beyond SND.NXT = 705 (706) as unsent data', () => {
    client()
      .send(1000)
      .receive({ flags: ['ACK'], seq: 1001, ack: 706 })
      .expectSent({ flags: ['ACK'], seq: 705, ack: 1001 })
      .expectTcb({ sndUna: 4294967001 });
  });

  it('closes with the FIN at 705 and FIN-WAIT-2 on ACK 706', () => {
    client()
      .send(1000)
      .receive({ flags: ['ACK'], seq: 1001, ack: 705 })
      .close()
      .expectSent({ flags: ['FIN', 'ACK'], seq: 705, ack: 1001 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 706 })
      .expectState('FIN-WAIT-2');
  });

  describe("as the receiver: the peer's ISN is 4294967000", () => {
    const server = () => endpoint().handshakeAsServer(4294967000);

    it('acknowledges 1000 bytes at 4294967001 with ACK = 705', () => {
      server()
        .receive({ flags: ['ACK'], seq: 4294967001, ack: 5001, len: 1000 })
        .expectSent({ flags: ['ACK'], seq: 5001, ack: 705 });
    });

    it('rejects the same bytes again as old (before RCV.NXT = 705)', () => {
      server()
        .receive({ flags: ['ACK'], seq: 4294967001, ack: 5001, len: 1000 })
        .receive({ flags: ['ACK'], seq: 4294967001, ack: 5001, len: 1000 })
        .expectSent({ flags: ['ACK'], seq: 5001, ack: 705 })
        .expectTcb({ rcvNxt: 705, bytesReceived: 1000 });
    });

    it('takes the FIN at 705 into CLOSE-WAIT with ACK = 706', () => {
      server()
        .receive({ flags: ['ACK'], seq: 4294967001, ack: 5001, len: 1000 })
        .receive({ flags: ['FIN', 'ACK'], seq: 705, ack: 5001 })
        .expectState('CLOSE-WAIT')
        .expectSent({ flags: ['ACK'], seq: 5001, ack: 706 });
    });

    it('holds a piece after the wrap until the piece before it arrives', () => {
      server()
        .receive({ flags: ['ACK'], seq: 205, ack: 5001, len: 500 })
        .expectSent({ flags: ['ACK'], ack: 4294967001 })
        .receive({ flags: ['ACK'], seq: 4294967001, ack: 5001, len: 500 })
        .expectSent({ flags: ['ACK'], ack: 705 });
    });
  });

  it('an ISS of 2^32 - 1: the SYN+ACK acknowledges 0', () => {
    endpoint({ isn: 4294967295 })
      .connect()
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 0 })
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 0, ack: 1001 });
  });
});

describe('MSS (RFC 9293 §3.7.1)', () => {
  it('sends our MSS in the SYN and in the SYN+ACK', () => {
    endpoint({ mss: 1200 })
      .connect()
      .expectSent({ flags: ['SYN'], options: { mss: 1200, windowScale: 7, sackPermitted: true } });
    endpoint({ mss: 1200 })
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, options: PEER_SYN_OPTIONS })
      .expectSent({ options: { mss: 1200, windowScale: 7, sackPermitted: true } });
  });

  it('assumes 536 when the peer sent no MSS option', () => {
    // "If an MSS Option is not received at connection setup, TCP implementations MUST assume a
    // default send MSS of 536 (576 - 60) for IPv4".
    endpoint()
      .handshakeAsServer(1000, {})
      .send(1000)
      .expectSent({ seq: 5001, len: 536 }, { seq: 5537, len: 464 });
  });

  it("sends segments no larger than the peer's MSS", () => {
    endpoint()
      .handshakeAsClient(1000, { mss: 500 })
      .send(1200)
      .expectSent({ seq: 5001, len: 500 }, { seq: 5501, len: 500 }, { seq: 6001, len: 200 });
  });
});

describe('window scale (RFC 7323 §2)', () => {
  it('never scales the window field of a SYN or SYN+ACK (§2.2)', () => {
    // A 1 000 000-byte buffer with shift 7: the SYN says min(1000000, 65535) = 65535, the ACK
    // after the handshake says 1000000 >> 7 = 7812.
    endpoint({ window: 1_000_000, windowScale: 7 })
      .connect()
      .expectSent({ flags: ['SYN'], window: 65535 })
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001, options: PEER_SYN_OPTIONS })
      .expectSent({ flags: ['ACK'], window: 7812 });
  });

  it("reads the peer's SYN+ACK window unscaled, later windows scaled", () => {
    // SYN+ACK window 1000 with shift 7 means 1000 bytes, not 128 000: of 5000 bytes only 1000
    // go (SWS avoidance passes: 1000 >= max window / 2).
    const d = endpoint()
      .connect()
      .receive({
        flags: ['SYN', 'ACK'],
        seq: 1000,
        ack: 5001,
        window: 1000,
        options: PEER_SYN_OPTIONS,
      })
      .expectTcb({ sndWnd: 1000, sndScale: 7 })
      .send(5000)
      .expectSent({ seq: 5001, len: 1000 });
    // The ACK of those 1000 bytes carries window 1000 again, now scaled: 128 000 bytes.
    d.receive({ flags: ['ACK'], seq: 1001, ack: 6001, window: 1000 }).expectTcb({
      sndWnd: 128_000,
    });
  });

  it('caps a shift over 14 at 14 (§2.3)', () => {
    endpoint().handshakeAsClient(1000, { mss: 1460, windowScale: 15 }).expectTcb({ sndScale: 14 });
  });

  it('a SYN without window scale gets no window-scale option back and no scaling (§1.3)', () => {
    // "A TCP MUST NOT send a Window Scale option in a <SYN,ACK> segment unless it received one
    // in the <SYN>"; with no scaling both ways, our window field is the plain 65535.
    endpoint({ windowScale: 7 })
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, options: { mss: 1460 } })
      .expectSent({ flags: ['SYN', 'ACK'], options: { mss: 1460 } })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, window: 1000 })
      .expectTcb({ sndScale: 0, rcvScale: 0, sndWnd: 1000 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, len: 10 })
      .expectSent({ flags: ['ACK'], ack: 1011, window: 65535 });
  });

  it('a side that did not offer window scale does not scale what the peer offers', () => {
    // We send no window-scale option (windowScale null); the peer offers 7. Scaling needs both
    // (§2.2): the peer's later window 1000 means 1000 bytes.
    endpoint({ windowScale: null })
      .connect()
      .expectSent({ flags: ['SYN'], options: { mss: 1460, sackPermitted: true } })
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001, options: PEER_SYN_OPTIONS })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, window: 1000 })
      .expectTcb({ sndScale: 0, rcvScale: 0, sndWnd: 1000 });
  });

  it('our SYN offered scaling but the SYN+ACK did not: no scaling either way', () => {
    endpoint({ windowScale: 7 })
      .connect()
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001, options: { mss: 1460 } })
      .expectSent({ flags: ['ACK'], window: 65535 })
      .expectTcb({ sndScale: 0, rcvScale: 0 });
  });

  it('without scaling, a buffer over 65535 is offered as 65535, and RCV.WND is what was offered', () => {
    // RFC 7323 §2.2 / RFC 9293 §3.10.7.4: the acceptability test uses RCV.WND, the window we
    // advertised. Unscaled, at most 65535 can be advertised, so with RCV.NXT = 1001 a segment
    // at 1001 + 70000 lies beyond the offered window [1001, 66536) and is not acceptable.
    const d = endpoint({ window: 100_000, windowScale: 7 })
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, options: { mss: 1460 } })
      .expectSent({ flags: ['SYN', 'ACK'], window: 65535 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001 })
      .receive({ flags: ['ACK'], seq: 71001, ack: 5001, len: 10 })
      .expectSent({ flags: ['ACK'], ack: 1001, window: 65535 });
    expect(d.tcb.held).toEqual([]);
  });
});

describe('SACK-permitted (RFC 2018 §2)', () => {
  it('is answered only when the SYN carried it', () => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, options: { mss: 1460, windowScale: 7 } })
      .expectSent({ options: { mss: 1460, windowScale: 7 } })
      .expectTcb({ sackOk: false });
  });

  it('is not sent by a side configured without it, and then not in use', () => {
    endpoint({ sackPermitted: false })
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, options: PEER_SYN_OPTIONS })
      .expectSent({ options: { mss: 1460, windowScale: 7 } })
      .expectTcb({ sackOk: false });
  });

  it('is in use when both sides offered it', () => {
    endpoint().handshakeAsServer(1000).expectTcb({ sackOk: true });
  });
});
