/**
 * The retransmission timer (RFC 6298 §2 and §5) and the retry limit (RFC 9293 §3.8.3), by the
 * numbers. RTO starts at 1 s with a 1 s floor and a 60 s ceiling; our ISS is 5000, the peer's
 * ISN 1000.
 */
import { endpoint } from '../helpers/endpoint-driver.ts';

describe('RFC 6298 §5.4-5.6: on expiry, retransmit the earliest segment and double the RTO', () => {
  it('retransmits a lost SYN after 1 s, 2 s, 4 s, 8 s, 16 s, then gives up: timed out', () => {
    // maxRetransmissions 5: five retransmissions at t = 1, 3, 7, 15, 31 s; the sixth expiry at
    // 31 + 32 = 63 s closes the connection (RFC 9293 §3.8.3, R2).
    const d = endpoint().connect().expectTimer('retransmit', 'start', 1000);
    const at: number[] = [];
    const next: number[] = [];
    for (let i = 0; i < 5; i++) {
      d.fireRetransmit().expectSent({ flags: ['SYN'], seq: 5000, ack: null, retransmission: true });
      at.push(d.now);
      next.push(d.timer('retransmit')?.ms ?? 0);
    }
    expect(at).toEqual([1000, 3000, 7000, 15000, 31000]);
    expect(next).toEqual([2000, 4000, 8000, 16000, 32000]);
    d.fireRetransmit()
      .expectState('CLOSED')
      .expectNothingSent()
      .expectNotice('notice-timed-out')
      .expectTimerRunning('retransmit', false);
    expect(d.now).toBe(63000);
  });

  it('caps the doubled RTO at the 60 s maximum (RFC 6298 §2.5)', () => {
    const d = endpoint({ maxRetransmissions: 8 }).connect();
    const next: number[] = [];
    for (let i = 0; i < 8; i++) next.push(d.fireRetransmit().timer('retransmit')?.ms ?? 0);
    expect(next).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('a passive half-open connection gives up back to LISTEN, telling no one', () => {
    // The SYN+ACK went unanswered; the listener keeps listening (Linux: the request sock is
    // dropped). Five retransmissions, then the sixth expiry at 63 s.
    const d = endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 });
    for (let i = 0; i < 5; i++) {
      d.fireRetransmit().expectSent({ flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 });
    }
    d.fireRetransmit().expectState('LISTEN').expectNothingSent().expectNoNotice();
    expect(d.now).toBe(63000);
    d.receive({ flags: ['SYN'], seq: 9000 }).expectSent({
      flags: ['SYN', 'ACK'],
      seq: 5000,
      ack: 9001,
    });
  });

  it('gives up on data in ESTABLISHED the same way: CLOSED, timed out', () => {
    const d = endpoint({ maxRetransmissions: 2 }).handshakeAsServer(1000).send(100);
    d.fireRetransmit().expectSent({ seq: 5001, len: 100, retransmission: true });
    d.fireRetransmit().expectSent({ seq: 5001, len: 100, retransmission: true });
    d.fireRetransmit().expectState('CLOSED').expectNotice('notice-timed-out');
  });
});

describe('RFC 6298 §5.1-5.3: starting, restarting and stopping the timer', () => {
  it('§5.1: starts the timer with the first data segment, not again while it runs', () => {
    endpoint()
      .handshakeAsServer(1000)
      .send(100)
      .expectTimer('retransmit', 'start', 1000)
      .advance(300)
      .send(100)
      .expectSent({ seq: 5101, len: 100 })
      .tap((d) => {
        expect(d.timerCommands).toEqual([]);
      })
      .expectTimerRunning('retransmit', true, 1000);
  });

  it('§5.2: stops the timer when all outstanding data is acknowledged', () => {
    endpoint()
      .handshakeAsServer(1000)
      .send(100)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5101 })
      .expectTimer('retransmit', 'stop')
      .expectTimerRunning('retransmit', false);
  });

  it('§5.3: restarts the timer with the current RTO on an ACK of some new data', () => {
    // The handshake's ACK comes 600 ms after our SYN+ACK: the first sample R = 600 gives
    // SRTT = 600, RTTVAR = 300, RTO = 600 + 4 * 300 = 1800 (§2.2).
    const d = endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .advance(600)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5001 })
      .expectTcb({ rto: { rto: 1800, srtt: 600, rttvar: 300 } });
    // 100 bytes at t = 600 and 100 at t = 1100; the ACK of the first comes at t = 1200.
    // R = 600 (§2.3): RTTVAR = 3/4 * 300 + 1/4 * |600 - 600| = 225, SRTT = 7/8 * 600 + 1/8 * 600
    // = 600, RTO = 600 + 4 * 225 = 1500; the timer restarts with it for the second segment.
    d.send(100)
      .advance(500)
      .send(100)
      .advance(100)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5101 })
      .expectTimer('retransmit', 'start', 1500)
      .expectTcb({ rto: { rto: 1500, srtt: 600, rttvar: 225 } });
    expect(d.timer('retransmit')?.expiresAt).toBe(1200 + 1500);
  });

  it("Karn's rule: no RTT sample from a retransmitted segment, the backed-off RTO stays", () => {
    // RFC 6298 §3 and §5: after one expiry the RTO is 2 s; the ACK of the retransmission
    // gives no sample, so the next segment is timed with 2 s.
    endpoint()
      .handshakeAsServer(1000)
      .send(100)
      .fireRetransmit()
      .advance(50)
      .receive({ flags: ['ACK'], seq: 1001, ack: 5101 })
      .tap((d) => {
        expect(d.tcb.rto.rto).toBe(2000);
      })
      .send(10)
      .expectTimer('retransmit', 'start', 2000);
  });

  it('§2.2: the SYN+ACK after 200 ms is the first sample: 200 + 4 * 100 = 600, floor 1 s', () => {
    endpoint()
      .connect()
      .advance(200)
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001 })
      .expectTcb({ rto: { rto: 1000, srtt: 200, rttvar: 100 } });
  });

  it('§5.7: after the SYN was retransmitted, RTO is 3 s once data transmission begins', () => {
    // "If the timer expires awaiting the ACK of a SYN segment and the TCP implementation is
    // using an RTO less than 3 seconds, the RTO MUST be re-initialized to 3 seconds when data
    // transmission begins (i.e., after the three-way handshake completes)."
    endpoint()
      .connect()
      .fireRetransmit()
      .receive({ flags: ['SYN', 'ACK'], seq: 1000, ack: 5001 })
      .expectState('ESTABLISHED')
      .send(100)
      .expectTimer('retransmit', 'start', 3000);
  });

  it('a retransmitted SYN+ACK in SYN-RECEIVED keeps its ACK (only the first SYN lacks it)', () => {
    endpoint()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 })
      .fireRetransmit()
      .expectSent({ flags: ['SYN', 'ACK'], seq: 5000, ack: 1001, retransmission: true })
      .expectTimer('retransmit', 'start', 2000);
  });
});
