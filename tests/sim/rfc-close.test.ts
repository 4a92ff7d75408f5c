/**
 * Closing: close() in every early state (RFC 9293 §3.10.4), FINs that also acknowledge ours,
 * FINs that arrive out of order, and TIME-WAIT (§3.10.7.4 eighth, §3.10.8); and data queued
 * before the connection is established.
 *
 * Our ISS is 5000, the peer's ISN 1000: after the handshake SND.NXT = 5001, RCV.NXT = 1001.
 */
import { endpoint } from '../helpers/endpoint-driver.ts';

const established = () => endpoint().handshakeAsServer(1000);

describe('close() before the connection is established (RFC 9293 §3.10.4)', () => {
  it('LISTEN: CLOSED, nothing sent ("any outstanding RECEIVEs are returned ... delete TCB")', () => {
    endpoint().listen().close().expectState('CLOSED').expectNothingSent();
  });

  it('SYN-SENT: CLOSED, nothing sent, the SYN is no longer retransmitted', () => {
    endpoint()
      .connect()
      .close()
      .expectState('CLOSED')
      .expectNothingSent()
      .expectTimer('retransmit', 'stop')
      .expectTimerRunning('retransmit', false);
  });

  it('SYN-RECEIVED: FIN <SEQ=5001><ACK=1001> and FIN-WAIT-1', () => {
    // "If no SENDs have been issued and there is no pending data to send, then form a FIN
    // segment and send it, and enter FIN-WAIT-1 state".
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .close()
      .expectState('FIN-WAIT-1')
      .expectSent({ flags: ['FIN', 'ACK'], seq: 5001, ack: 1001 })
      // The peer's ACK of SYN and FIN (5000 + 1 + 1 = 5002): FIN-WAIT-2.
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .expectState('FIN-WAIT-2');
  });

  it('SYN-RECEIVED with data queued: the FIN waits for ESTABLISHED, after the data', () => {
    // "otherwise, queue for processing after entering ESTABLISHED state". On the ACK of our
    // SYN, the 100 bytes go at 5001 and the FIN at 5001 + 100 = 5101.
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .send(100)
      .close()
      .expectState('SYN-RECEIVED')
      .expectNothingSent()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001 })
      .expectState('FIN-WAIT-1')
      .expectSent(
        { flags: ['ACK'], seq: 5001, ack: 1001, len: 100 },
        { flags: ['FIN', 'ACK'], seq: 5101, ack: 1001 },
      );
  });

  it('ESTABLISHED with data waiting for the window: FIN-WAIT-1 now, the FIN after the data', () => {
    // §3.10.4: "Queue this until all preceding SENDs have been segmentized, then form a FIN
    // segment and send it." The peer offers 1000 bytes (no window scaling): 3000 bytes go as
    // 5001, 6001, 7001, and the FIN takes 5001 + 3000 = 8001.
    const d = endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000, window: 1000, options: { mss: 1460 } })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, window: 1000 })
      .send(3000)
      .expectSent({ seq: 5001, len: 1000 })
      .close()
      .expectState('FIN-WAIT-1')
      .expectNothingSent()
      .receive({ flags: ['ACK'], seq: 1001, ack: 6001, window: 1000 })
      .expectSent({ seq: 6001, len: 1000 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 7001, window: 1000 });
    expect(d.sent.map((s) => [s.flags.filter((f) => f !== 'PSH'), s.seq, s.len])).toEqual([
      [['ACK'], 7001, 1000],
      [['FIN', 'ACK'], 8001, 0],
    ]);
    d.receive({ flags: ['ACK'], seq: 1001, ack: 8002, window: 1000 }).expectState('FIN-WAIT-2');
  });

  it('CLOSED: refused', () => {
    endpoint().close().expectRefused().expectState('CLOSED');
  });

  it('a second close(), or a send(), after close(): refused ("connection closing")', () => {
    // §3.10.2 and §3.10.4: in FIN-WAIT-1 and later, SEND and CLOSE return "connection closing".
    established().close().close().expectRefused().expectState('FIN-WAIT-1');
    established().close().send(10).expectRefused().expectState('FIN-WAIT-1');
  });
});

describe('data queued before ESTABLISHED', () => {
  it('SYN-SENT: the queued data carries the ACK of the SYN+ACK, no separate ACK', () => {
    // §3.10.7.3: "form an ACK segment <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it. Data or
    // controls that were queued for transmission MAY be included."
    endpoint()
      .connect()
      .send(100)
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001 })
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001, len: 100 });
  });
});

describe('the four-way close, by the numbers', () => {
  it('closes first: FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT, and CLOSED after 2 MSL', () => {
    const d = established()
      .close()
      .expectSent({ flags: ['FIN', 'ACK'], seq: 5001, ack: 1001 })
      .expectTimer('retransmit', 'start', 1000)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .expectState('FIN-WAIT-2')
      .expectTimer('retransmit', 'stop')
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT')
      // ACK = the FIN's SEQ 1001 + 1 (FIN) = 1002.
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .expectTimer('time-wait', 'start', 240_000);
    d.advance(239_999).expectState('TIME-WAIT').advance(1).expectState('CLOSED');
  });

  it('closes second: CLOSE-WAIT, LAST-ACK, CLOSED', () => {
    established()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 })
      .expectState('CLOSE-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1002 })
      .expectNotice('notice-end-of-stream')
      .close()
      .expectState('LAST-ACK')
      .expectSent({ flags: ['FIN', 'ACK'], seq: 5001, ack: 1002 })
      .receive({ flags: ['ACK'], seq: 1002, ack: 5002 })
      .expectState('CLOSED')
      .expectNothingSent()
      .expectTimerRunning('retransmit', false);
  });

  it('simultaneous close: FIN-WAIT-1, CLOSING, TIME-WAIT', () => {
    established()
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 })
      .expectState('CLOSING')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .receive({ flags: ['ACK'], seq: 1002, ack: 5002 })
      .expectState('TIME-WAIT');
  });
});

describe('a FIN that also acknowledges our FIN (RFC 9293 §3.10.7.4 eighth)', () => {
  // FIN-WAIT-1: "If our FIN has been ACKed (perhaps in this segment), then enter TIME-WAIT,
  // start the time-wait timer, turn off the other timers".
  it('FIN-WAIT-1 goes straight to TIME-WAIT, ACKs 1002, and stops retransmitting', () => {
    established()
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .expectTimer('retransmit', 'stop')
      .expectTimer('time-wait', 'start', 240_000)
      .expectTimerRunning('retransmit', false);
  });
});

describe('out-of-order data and FIN are held until the gap fills (§3.10.7.4 seventh, eighth)', () => {
  it('holds 1101-1200 and the FIN at 1201, then takes it all when 1001-1100 arrives', () => {
    established()
      .receive({ flags: ['ACK'], seq: 1101, ack: 5001, len: 100 })
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 })
      .receive({ flags: ['FIN', 'ACK'], seq: 1201, ack: 5001 })
      // "If the FIN bit is set ... the FIN is not processed if SEG.SEQ is beyond RCV.NXT"
      // (only an in-order FIN counts): still ESTABLISHED, duplicate ACK 1001.
      .expectState('ESTABLISHED')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1001 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001, len: 100 })
      // 1001 + 100 + 100 = 1201, + 1 for the FIN = 1202.
      .expectState('CLOSE-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1202 })
      .expectNotice('notice-end-of-stream')
      .expectTcb({ rcvNxt: 1202, bytesReceived: 200, held: [] });
  });

  it('in FIN-WAIT-2 a held FIN leads to TIME-WAIT once the gap fills', () => {
    established()
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .receive({ flags: ['FIN', 'ACK'], seq: 1051, ack: 5002 })
      .expectState('FIN-WAIT-2')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1001 })
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002, len: 50 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1052 });
  });

  it('reports held data as SACK blocks when SACK was negotiated (RFC 2018)', () => {
    established()
      .receive({ flags: ['ACK'], seq: 1101, ack: 5001, len: 100 })
      .expectSent({ flags: ['ACK'], ack: 1001, options: { sack: [[1101, 1201]] } });
  });
});

describe('TIME-WAIT (RFC 9293 §3.10.7.4, §3.10.8)', () => {
  const timeWait = () =>
    established()
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT');

  it('re-ACKs a retransmitted FIN and restarts 2 MSL', () => {
    // "The only thing that can arrive in this state is a retransmission of the remote FIN.
    // Acknowledge it, and restart the 2 MSL timeout."
    const d = timeWait();
    const entered = d.now;
    d.advance(100_000)
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT')
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .expectTimer('time-wait', 'start', 240_000);
    // Without the restart it would end at entered + 240 000; now it ends 240 000 after the FIN.
    d.advance(200_000).expectState('TIME-WAIT');
    expect(d.now - entered).toBe(300_000);
    d.advance(40_000).expectState('CLOSED');
  });

  it('lasts 2 MSL of the configured MSL', () => {
    const d = endpoint({ mslMs: 1000 })
      .handshakeAsServer(1000)
      .close()
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectTimer('time-wait', 'start', 2000);
    d.advance(1999).expectState('TIME-WAIT').advance(1).expectState('CLOSED');
  });
});
