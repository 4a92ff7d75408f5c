/**
 * reordered-segments: send(3000) goes as 1460 + 1460 + 80 (MSS 1460, RFC 9293 §3.7.1). The
 * first is delayed 60 ms. The receiver holds the other two (§3.10.7.4 seventh), answers each with
 * a duplicate ACK carrying SACK (RFC 2018 §4), and acknowledges everything when the gap fills.
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const SEND_AT = 400;
const MSS = 1460;
const TOTAL = 3000;
const EXTRA = 60;

describe('reordered-segments', () => {
  const sim = run('reordered-segments');
  const a = C + 1; // 1001
  const b = a + MSS; // 2461
  const c = b + MSS; // 3921
  const end = a + TOTAL; // 4001
  const lastLen = TOTAL - 2 * MSS; // 80

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C, mss: MSS },
      server: { isn: S, mss: MSS, sackPermitted: true },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: SEND_AT, endpoint: 'client', call: 'send', bytes: TOTAL },
      ],
      network: { delay: [{ from: 'client', index: 3, ms: EXTRA }] },
    });
  });

  it('splits the data at MSS and sets PSH only on the segment that empties the queue', () => {
    expect(
      sim
        .segments()
        .slice(3, 6)
        .map((s) => [s.seq, s.len, s.flags.join('+'), s.arrivesAt]),
    ).toEqual([
      [a, MSS, 'ACK', SEND_AT + D + EXTRA],
      [b, MSS, 'ACK', SEND_AT + D],
      [c, lastLen, 'PSH+ACK', SEND_AT + D],
    ]);
  });

  it('sends duplicate ACKs with SACK blocks, then one cumulative ACK', () => {
    const arrive = SEND_AT + D; // 500: the second and third arrive
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'ACK', seq: a, ack: S + 1, len: MSS, t: SEND_AT },
      { from: 'client', flags: 'ACK', seq: b, ack: S + 1, len: MSS, t: SEND_AT },
      { from: 'client', flags: 'PSH+ACK', seq: c, ack: S + 1, len: lastLen, t: SEND_AT },
      // RCV.NXT stays 1001. RFC 2018 §4: each contiguous block of queued data is one SACK block
      // [left, right), and the first block "MUST specify the contiguous block of data containing
      // the segment which triggered this ACK".
      { from: 'server', flags: 'ACK', seq: S + 1, ack: a, t: arrive, sack: [[b, c]] },
      // 2461-3921 and 3921-4001 are one contiguous block: [2461, 4001).
      { from: 'server', flags: 'ACK', seq: S + 1, ack: a, t: arrive, sack: [[b, end]] },
      // The gap fills at 560: ACK = 4001, the highest byte held, so no SACK option.
      { from: 'server', flags: 'ACK', seq: S + 1, ack: end, t: arrive + EXTRA, sack: [] },
    ]);
  });

  it('retransmits nothing: the cumulative ACK comes well before the 1 s RTO', () => {
    expect(sim.segments().filter((s) => s.retransmission)).toEqual([]);
    expect(sim.timers('client', 'retransmit').at(-1)).toMatchObject({
      t: SEND_AT + D + EXTRA + D,
      action: 'stop',
    });
  });

  it('stays ESTABLISHED throughout', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED']);
  });
});
