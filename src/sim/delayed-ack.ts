/**
 * Linux's receive-side ACK engine (net/ipv4/tcp_input.c), as far as it shapes a trace: quick-ACK
 * mode at the start of a connection and after a long gap, interactive ("pingpong") mode once this
 * side answers data promptly, and the delayed-ACK timer of TCP_DELACK_MIN. A value, kept in the
 * TCB; the RFC profile never changes it.
 */
import { LINUX } from './profile.ts';

/** The ACK engine's state: the `icsk_ack` fields of `struct inet_connection_sock` we model. */
export interface DelayedAckState {
  /** `ato`: 0 until the first data arrives (tcp_event_data_recv then sets TCP_ATO_MIN). */
  atoMs: number;
  /** `quick`: ACKs still to send at once. */
  quick: number;
  /** Interactive mode (`pingpong`, threshold sysctl net.ipv4.tcp_pingpong_thresh = 1). */
  pingpong: boolean;
  /** `lrcvtime`: when data last arrived, ms. */
  lastDataAt: number;
  /** `rcv_wup`: RCV.NXT when an ACK last went out. */
  ackedUpTo: number;
  /** `rcv_mss`: the peer's segment size as this side has seen it; 0 until the first data. */
  rcvMss: number;
}

/** A fresh connection's engine. */
export const INITIAL_DELAYED_ACK: DelayedAckState = {
  atoMs: 0,
  quick: 0,
  pingpong: false,
  lastDataAt: 0,
  ackedUpTo: 0,
  rcvMss: 0,
};

/** include/net/tcp.h: TCP_MSS_DEFAULT and TCP_MIN_MSS, the bounds of the first `rcv_mss`. */
const MSS_DEFAULT = 536;
const MIN_MSS = 88;

/**
 * tcp_incr_quickack: rcv_wnd / (2 * rcv_mss) quick ACKs (at least 2), at most TCP_MAX_QUICKACKS,
 * never fewer than are left.
 */
function quickAcks(s: DelayedAckState, rcvWnd: number, rcvMss: number): number {
  const n = Math.floor(rcvWnd / (2 * Math.max(rcvMss, 1)));
  return Math.max(s.quick, Math.min(n === 0 ? 2 : n, LINUX.maxQuickAcks));
}

/**
 * tcp_event_data_recv: the first data starts the engine in quick-ACK mode; data after a gap
 * longer than the RTO (the sender's window restarted) refills it.
 */
export function dataReceived(
  s: DelayedAckState,
  now: number,
  w: { len: number; rcvWnd: number; mss: number; rtoMs: number },
): DelayedAckState {
  const rcvMss = measuredRcvMss(s, w);
  if (s.atoMs === 0) {
    const quick = quickAcks(s, w.rcvWnd, rcvMss);
    return { ...s, atoMs: LINUX.delayedAckMs, quick, lastDataAt: now, rcvMss };
  }
  const gap = now - s.lastDataAt;
  const quick = gap > w.rtoMs ? quickAcks(s, w.rcvWnd, rcvMss) : s.quick;
  return { ...s, quick, lastDataAt: now, rcvMss };
}

/**
 * tcp_initialize_rcv_mss starts from min(MSS, RCV.WND / 2, TCP_MSS_DEFAULT), at least
 * TCP_MIN_MSS; tcp_measure_rcv_mss raises it to a segment at least that long (up to the MSS).
 */
function measuredRcvMss(
  s: DelayedAckState,
  w: { len: number; rcvWnd: number; mss: number },
): number {
  const start = rcvMssOf(s, w);
  return w.len >= start ? Math.min(w.len, w.mss) : start;
}

/** `rcv_mss` now: as measured, or tcp_initialize_rcv_mss's start before any data. */
export function rcvMssOf(s: DelayedAckState, w: { rcvWnd: number; mss: number }): number {
  return s.rcvMss > 0 ? s.rcvMss : Math.max(MIN_MSS, Math.min(w.mss, w.rcvWnd / 2, MSS_DEFAULT));
}

/** tcp_event_data_sent: data sent within ATO of the last data received is a reply: pingpong. */
export function dataSent(s: DelayedAckState, now: number): DelayedAckState {
  return s.atoMs > 0 && now - s.lastDataAt < s.atoMs ? { ...s, pingpong: true } : s;
}

/** tcp_in_quickack_mode: quick ACKs left and not interactive. */
export function inQuickAckMode(s: DelayedAckState): boolean {
  return s.quick > 0 && !s.pingpong;
}

/**
 * tcp_event_ack_sent: a segment carrying ACK = `rcvNxt` went out; when it acknowledges new data,
 * one quick ACK is used (tcp_dec_quickack_mode).
 */
export function ackSent(s: DelayedAckState, rcvNxt: number): DelayedAckState {
  if (rcvNxt === s.ackedUpTo) return s;
  return { ...s, ackedUpTo: rcvNxt, quick: Math.max(0, s.quick - 1) };
}

/** The peer's FIN in ESTABLISHED: tcp_fin enters pingpong mode, so its ACK is delayed. */
export function finReceived(s: DelayedAckState): DelayedAckState {
  return { ...s, pingpong: true };
}

/** The delayed-ACK timer fired (tcp_delack_timer_handler): the ACK missed, leave pingpong. */
export function delayedAckFired(s: DelayedAckState): DelayedAckState {
  return { ...s, pingpong: false };
}
