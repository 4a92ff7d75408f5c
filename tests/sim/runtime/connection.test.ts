/**
 * A connection on the runtime: its machine stepped purely, its timers scheduled on the host's
 * clock, its outputs handed to its effects, and its TCB a value that later events never change.
 * Client ISS 1000, server ISS 5000, MSS 1460 both ways, initial RTO 1 s (RFC 6298 §2.1).
 */
import {
  Connection,
  seq,
  type ConnectionEffects,
  type ConnectionHost,
  type EndpointConfig,
  type EndpointEvent,
  type Segment,
} from '../../../src/sim/index.ts';

const CONFIG: EndpointConfig = {
  isn: 1000,
  port: 50000,
  peerPort: 80,
  mss: 1460,
  window: 65535,
  windowScale: null,
  sackPermitted: false,
  rtoInitialMs: 1000,
  rtoMinMs: 1000,
  rtoMaxMs: 60_000,
  maxRetransmissions: 5,
  mslMs: 1000,
};

class FakeHost implements ConnectionHost {
  now = 0;
  readonly scheduled: [number, string, number][] = [];
  schedule(at: number, _conn: Connection, timer: string, generation: number): void {
    this.scheduled.push([at, timer, generation]);
  }
}

/** Records every effect as one line. */
function recorder(): { lines: string[]; effects: ConnectionEffects } {
  const lines: string[] = [];
  const effects: ConnectionEffects = {
    state: (to) => lines.push(`state ${to}`),
    notice: (w) => lines.push(`notice ${w.code}`),
    timerStarted: (timer, at, ms) => lines.push(`start ${timer} at ${at} (${ms})`),
    timerStopped: (timer, running) => lines.push(`stop ${timer}${running ? '' : ' (not running)'}`),
    timerExpired: (timer) => lines.push(`expire ${timer}`),
    segment: (o) =>
      lines.push(
        `segment seq=${o.segment.seq} len=${o.segment.len}${o.retransmission ? ' again' : ''}`,
      ),
  };
  return { lines, effects };
}

const synAck: Segment = {
  srcPort: 80,
  dstPort: 50000,
  seq: seq(5000),
  ack: seq(1001),
  ctl: { syn: true, ack: true, fin: false, rst: false, psh: false },
  len: 0,
  window: 65535,
  options: { mss: 1460 },
};

const arrive = (t: number, segment: Segment): EndpointEvent => ({
  type: 'segment.arrived',
  t,
  segment,
});

describe('a connection', () => {
  it('answers what its machine takes now (XState snapshot.can)', () => {
    const conn = new Connection(CONFIG, () => recorder().effects, new FakeHost());
    expect(conn.state).toBe('CLOSED');
    expect(conn.can({ type: 'app.connect', t: 0 })).toBe(true);
    expect(conn.can({ type: 'app.send', t: 0, bytes: 1 })).toBe(false);
  });

  it('schedules its timers on the host clock and gives its outputs their effects, cause first', () => {
    const host = new FakeHost();
    const { lines, effects } = recorder();
    const conn = new Connection(CONFIG, () => effects, host);
    host.now = 10;
    conn.handle({ type: 'app.connect', t: 10 });
    expect(lines).toEqual([
      'state SYN-SENT',
      'segment seq=1000 len=0',
      'start retransmit at 1010 (1000)',
    ]);
    expect(host.scheduled).toEqual([[1010, 'retransmit', 1]]);
  });

  it('keeps the machine’s own order when asked (capture replay)', () => {
    const { lines, effects } = recorder();
    const conn = new Connection(CONFIG, () => effects, new FakeHost(), { causesFirst: false });
    conn.handle({ type: 'app.connect', t: 0 });
    expect(lines).toEqual([
      'segment seq=1000 len=0',
      'start retransmit at 1000 (1000)',
      'state SYN-SENT',
    ]);
  });

  it('fires only the latest start of a timer: RTO doubles to 2 s on the retransmission', () => {
    const host = new FakeHost();
    const { lines, effects } = recorder();
    const conn = new Connection(CONFIG, () => effects, host);
    conn.handle({ type: 'app.connect', t: 0 });
    lines.length = 0;
    host.now = 1000;
    conn.expire('retransmit', 0);
    expect(lines).toEqual([]);
    conn.expire('retransmit', 1);
    expect(lines).toEqual([
      'expire retransmit',
      'segment seq=1000 len=0 again',
      'start retransmit at 3000 (2000)',
    ]);
    lines.length = 0;
    conn.close();
    conn.expire('retransmit', 2);
    expect(lines).toEqual([]);
  });

  it('leaves an earlier TCB as it was: the TCB is a value', () => {
    const host = new FakeHost();
    const conn = new Connection(CONFIG, () => recorder().effects, host);
    conn.handle({ type: 'app.connect', t: 0 });
    host.now = 200;
    conn.handle(arrive(200, synAck));
    const established = conn.tcb;
    expect(conn.state).toBe('ESTABLISHED');
    conn.handle({ type: 'app.send', t: 200, bytes: 3000 });
    // 3000 bytes at MSS 1460: 1460 from SND.NXT = 1001, 1460 from 2461, the last 80 from 3921.
    expect(conn.tcb.retransmissionQueue.map((e) => [e.seq, e.len])).toEqual([
      [1001, 1460],
      [2461, 1460],
      [3921, 80],
    ]);
    expect(established.retransmissionQueue).toEqual([]);
    expect(established.sndNxt).toBe(1001);
    expect(conn.tcb.sndNxt).toBe(4001);
  });
});
