/** Building and sending segments, and the retransmission timer (RFC 9293 §3.10, RFC 6298). */
import { BurstLimitError } from './budget.ts';
import type { Effects } from './effects.ts';
import { why } from './reasons.ts';
import { NO_CONTROL, type ControlBits, type Segment } from './segment.ts';
import { backOff } from './rto.ts';
import { isLinux, rtoLimits, type RetransmissionEntry, type Tcb } from './tcb.ts';
import {
  ackSent,
  dataSent,
  delayedAckFired,
  finReceived,
  inQuickAckMode,
  rcvMssOf,
} from './delayed-ack.ts';
import { linuxWhy } from './linux-reasons.ts';
import { LINUX } from './profile.ts';
import { seq, seqAdd, seqDiff, type SeqNum } from './seq.ts';
import type { AckBasis, SegmentOptions, Why } from './trace.ts';

/** The window field we advertise: unscaled in a SYN (RFC 7323 §2.2), else shifted right. */
function windowField(tcb: Tcb, syn: boolean): number {
  if (syn) return Math.min(tcb.rcvWnd, 65535);
  return Math.min(tcb.rcvWnd >>> tcb.rcvScale, 65535);
}

function build(
  tcb: Tcb,
  seqNo: SeqNum,
  ctl: ControlBits,
  len: number,
  options: SegmentOptions = {},
): Segment {
  return {
    srcPort: tcb.config.port,
    dstPort: tcb.config.peerPort,
    seq: seqNo,
    ack: ctl.ack ? tcb.rcvNxt : seq(0),
    ctl,
    len,
    window: ctl.rst ? 0 : windowField(tcb, ctl.syn),
    options,
  };
}

function emitSegment(fx: Effects, segment: Segment, retransmission: boolean, w: Why): void {
  const ackBasis: AckBasis | null = segment.ctl.ack ? fx.tcb.ackBasis : null;
  fx.out.push({ type: 'out.segment', segment, retransmission, ackBasis, why: w });
  if (segment.ctl.ack) fx.ackSent = true;
  if (segment.ctl.ack && isLinux(fx.tcb.config)) linuxAckSent(fx, segment);
}

/**
 * Linux tcp_event_ack_sent: any segment carrying ACK clears a pending delayed ACK (it rides
 * along) and may use a quick ACK; tcp_event_data_sent: data soon after data arrived is a reply.
 */
function linuxAckSent(fx: Effects, segment: Segment): void {
  const { tcb } = fx;
  if (tcb.timers['delayed-ack']) {
    fx.stopTimer('delayed-ack');
    if (segment.len > 0 || segment.ctl.fin) {
      fx.notice(linuxWhy('linux-ack-piggybacked', { ack: tcb.rcvNxt }));
    }
  }
  tcb.delack = ackSent(tcb.delack, tcb.rcvNxt);
  if (segment.len > 0) tcb.delack = dataSent(tcb.delack, fx.now);
}

/**
 * Linux __tcp_ack_snd_check (net/ipv4/tcp_input.c): whether the ACK of text just accepted waits
 * for the delayed-ACK timer. It goes at once for out-of-order data, for more than one full
 * segment not yet acknowledged, in quick-ACK mode, and for a FIN after our own (tcp_fin sends
 * it in FIN-WAIT-1 and FIN-WAIT-2); a FIN in ESTABLISHED enters pingpong mode and waits.
 */
function linuxHoldsAck(fx: Effects): boolean {
  const { tcb } = fx;
  if (tcb.held.length > 0) return false;
  if (fx.finArrived) {
    if (tcb.finSeq !== null) return false;
    tcb.delack = finReceived(tcb.delack);
  }
  const rcvMss = rcvMssOf(tcb.delack, { rcvWnd: tcb.rcvWnd, mss: tcb.effectiveMss });
  if (seqDiff(tcb.rcvNxt, seq(tcb.delack.ackedUpTo)) > rcvMss) return false;
  return !inQuickAckMode(tcb.delack);
}

/** Linux tcp_send_delayed_ack: arm the timer unless it runs (the earlier deadline stands). */
function delayAck(fx: Effects): void {
  if (fx.tcb.timers['delayed-ack']) return;
  fx.startTimer('delayed-ack', LINUX.delayedAckMs);
  fx.notice(linuxWhy('linux-ack-delayed', { ms: LINUX.delayedAckMs }));
}

/** Linux tcp_delack_timer: the held ACK goes out alone. */
export function sendDelayedAck(fx: Effects): void {
  fx.timerFired('delayed-ack');
  fx.tcb.delack = delayedAckFired(fx.tcb.delack);
  sendAck(fx, linuxWhy('linux-delayed-ack-sent', { ms: LINUX.delayedAckMs, ack: fx.tcb.rcvNxt }));
}

/** The options of our SYN or SYN+ACK (RFC 9293 §3.7.1, RFC 7323 §2, RFC 2018). */
function synOptions(tcb: Tcb, replyingToSyn: boolean): SegmentOptions {
  const options: SegmentOptions = { mss: tcb.config.mss };
  // On a SYN+ACK, window scale and SACK-permitted are sent only if the SYN offered them.
  if (tcb.config.windowScale !== null && (!replyingToSyn || tcb.wsOk)) {
    options.windowScale = tcb.config.windowScale;
  }
  if (tcb.config.sackPermitted && (!replyingToSyn || tcb.sackOk)) options.sackPermitted = true;
  return options;
}

function track(fx: Effects, entry: Omit<RetransmissionEntry, 'sentAt' | 'retransmitted'>): void {
  fx.queueForRetransmission({ ...entry, sentAt: fx.now, retransmitted: false });
  if (!fx.tcb.timers.retransmit) fx.startTimer('retransmit', fx.tcb.rto.rto);
}

/** Active open: <SEQ=ISS><CTL=SYN> (RFC 9293 §3.10.1). */
export function sendSyn(fx: Effects): void {
  const { tcb } = fx;
  const options = synOptions(tcb, false);
  const segment = build(tcb, tcb.iss, { ...NO_CONTROL, syn: true }, 0, options);
  tcb.sndUna = tcb.iss;
  tcb.sndNxt = seqAdd(tcb.iss, 1);
  const wsText = options.windowScale === undefined ? '' : `, window scale ${options.windowScale}`;
  const sackText = options.sackPermitted ? ', SACK-permitted' : '';
  emitSegment(
    fx,
    segment,
    false,
    why('send-syn', { seq: tcb.iss, mss: tcb.config.mss, wsText, sackText }),
  );
  track(fx, { seq: tcb.iss, len: 0, syn: true, fin: false, psh: false });
}

/**
 * <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>: the answer to a SYN in LISTEN (RFC 9293 §3.10.7.2) or,
 * when our own SYN is out (`crossed`), in SYN-SENT (§3.10.7.3).
 */
export function sendSynAck(fx: Effects, crossed = false): void {
  const { tcb } = fx;
  const ctl = { ...NO_CONTROL, syn: true, ack: true };
  const segment = build(tcb, tcb.iss, ctl, 0, synOptions(tcb, true));
  tcb.sndUna = tcb.iss;
  tcb.sndNxt = seqAdd(tcb.iss, 1);
  const params = { seq: tcb.iss, ack: tcb.rcvNxt, basisSeq: tcb.irs };
  emitSegment(fx, segment, false, why(crossed ? 'send-syn-ack-crossed' : 'send-syn-ack', params));
  track(fx, { seq: tcb.iss, len: 0, syn: true, fin: false, psh: false });
}

/** A bare ACK: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. */
export function sendAck(fx: Effects, w: Why): void {
  emitSegment(
    fx,
    build(
      fx.tcb,
      fx.tcb.sndNxt,
      { ...NO_CONTROL, ack: true },
      0,
      sackBlocks(fx.tcb, fx.sackTrigger),
    ),
    false,
    w,
  );
}

/** The explanation of the ACK we are about to send (the arithmetic is in the send's ackBasis). */
export function ackWhy(tcb: Tcb): Why {
  return why('send-ack', { ack: tcb.rcvNxt });
}

/**
 * SACK blocks for held out-of-order data (RFC 2018 §4), when SACK was negotiated: contiguous
 * held pieces merge into one block, the block holding the segment that triggered this ACK comes
 * first, and at most four blocks fit.
 */
function sackBlocks(tcb: Tcb, trigger: number | null): SegmentOptions {
  if (!tcb.sackOk || tcb.held.length === 0) return {};
  const blocks: [SeqNum, SeqNum][] = [];
  for (const h of tcb.held) {
    const start = h.seq;
    const end = seqAdd(h.seq, h.len);
    const last = blocks.at(-1);
    if (last !== undefined && seqDiff(start, last[1]) <= 0) {
      if (seqDiff(end, last[1]) > 0) last[1] = end;
    } else {
      blocks.push([start, end]);
    }
  }
  const first = blocks.findIndex(
    ([l, r]) => trigger !== null && seqDiff(seq(trigger), l) >= 0 && seqDiff(r, seq(trigger)) > 0,
  );
  const ordered = first > 0 ? [blocks[first], ...blocks.filter((_, i) => i !== first)] : blocks;
  return {
    sack: ordered
      .filter((b): b is [SeqNum, SeqNum] => b !== undefined)
      .slice(0, 4)
      .map(([l, r]): [number, number] => [l, r]),
  };
}

/** A RST (RFC 9293 §3.10.7.1 forms); `ack` null means no ACK flag. */
export function sendReset(
  fx: Effects,
  seqNo: SeqNum,
  ack: SeqNum | null,
  w: Why,
  ports?: { src: number; dst: number },
): void {
  const segment: Segment = {
    srcPort: ports?.src ?? fx.tcb.config.port,
    dstPort: ports?.dst ?? fx.tcb.config.peerPort,
    seq: seqNo,
    ack: ack ?? seq(0),
    ctl: { ...NO_CONTROL, rst: true, ack: ack !== null },
    len: 0,
    window: 0,
    options: {},
  };
  fx.out.push({ type: 'out.segment', segment, retransmission: false, ackBasis: null, why: w });
}

/**
 * RFC 9293 §3.8.6.2.1 (MUST-38): send only when a full segment fits, or all queued data fits
 * (every send() here is pushed), or at least half the largest window the peer offered fits.
 * This keeps a nearly closed window from being filled with tiny segments.
 */
function passesSwsAvoidance(tcb: Tcb, usable: number): boolean {
  const d = tcb.sendQueue;
  const u = Math.max(0, usable);
  return Math.min(d, u) >= tcb.effectiveMss || d <= u || Math.min(d, u) >= tcb.maxSndWnd / 2;
}

/**
 * Sends what the application queued, as far as the peer's window allows, in segments of at most
 * the effective MSS; then the FIN once close() was called and the queue is empty. Every segment
 * carries ACK. Call only in states that may send data.
 */
export function transmitQueued(fx: Effects): void {
  const { tcb } = fx;
  const maxBurst = tcb.config.maxBurst ?? Infinity;
  let burst = 0;
  while (tcb.sendQueue > 0 && tcb.finSeq === null) {
    const inFlight = seqDiff(tcb.sndNxt, tcb.sndUna);
    const usable = tcb.sndWnd - inFlight;
    const len = Math.min(tcb.effectiveMss, tcb.sendQueue, usable);
    if (len <= 0 || !passesSwsAvoidance(tcb, usable)) break;
    if (++burst > maxBurst) throw new BurstLimitError(maxBurst);
    const psh = len === tcb.sendQueue;
    const segment = build(tcb, tcb.sndNxt, { ...NO_CONTROL, ack: true, psh }, len);
    const next = seqAdd(tcb.sndNxt, len);
    emitSegment(
      fx,
      segment,
      false,
      why('send-data', { seq: tcb.sndNxt, len, next, ack: tcb.rcvNxt }),
    );
    track(fx, { seq: tcb.sndNxt, len, syn: false, fin: false, psh });
    tcb.sndNxt = next;
    tcb.sendQueue -= len;
  }
  if (tcb.closeRequested && tcb.sendQueue === 0 && tcb.finSeq === null) sendFin(fx);
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=FIN,ACK>: the FIN takes one sequence number. */
function sendFin(fx: Effects): void {
  const { tcb } = fx;
  const segment = build(tcb, tcb.sndNxt, { ...NO_CONTROL, fin: true, ack: true }, 0);
  const next = seqAdd(tcb.sndNxt, 1);
  emitSegment(fx, segment, false, why('send-fin', { seq: tcb.sndNxt, next, ack: tcb.rcvNxt }));
  track(fx, { seq: tcb.sndNxt, len: 0, syn: false, fin: true, psh: false });
  tcb.finSeq = tcb.sndNxt;
  tcb.sndNxt = next;
}

/**
 * Sends queued data/FIN, then the ACK the processed segment asked for unless a data segment
 * already carried it.
 */
export function flush(fx: Effects): void {
  transmitQueued(fx);
  if (fx.ackWhy !== null && !fx.ackSent) {
    if (fx.textArrived && isLinux(fx.tcb.config) && linuxHoldsAck(fx)) delayAck(fx);
    else sendAck(fx, fx.ackWhy);
  }
  fx.ackWhy = null;
}

/**
 * RFC 6298 §5.4-5.6: resend the earliest unacknowledged segment, double the RTO and restart the
 * timer. For `retransmit-syn-ack-on-duplicate-syn`, the resend answers a duplicate SYN instead
 * (Linux `tcp_check_req`): the timer is re-armed with the current RTO, which only expiries
 * double, and the retry count is unchanged.
 */
export function retransmitEarliest(
  fx: Effects,
  reason: 'retransmit' | 'retransmit-syn-ack-on-duplicate-syn' = 'retransmit',
): void {
  const { tcb } = fx;
  const [first, ...rest] = tcb.retransmissionQueue;
  if (first === undefined) return;
  const before = tcb.rto.rto;
  if (reason === 'retransmit') {
    tcb.rto = backOff(tcb.rto, rtoLimits(tcb.config));
    tcb.retries += 1;
  }
  if (first.syn) tcb.synRetransmitted = true;
  // Only the very first SYN lacks ACK: a retransmitted SYN+ACK still acknowledges the peer's SYN.
  const ack = !first.syn || tcb.synReceived;
  const ctl: ControlBits = { ...NO_CONTROL, syn: first.syn, fin: first.fin, psh: first.psh, ack };
  const options = first.syn ? synOptions(tcb, ack) : {};
  const segment = build(tcb, first.seq, ctl, first.len, options);
  const params = { rto: before, seq: first.seq, nextRto: tcb.rto.rto, attempt: tcb.retries };
  emitSegment(
    fx,
    segment,
    true,
    reason === 'retransmit' ? why('retransmit', params) : why(reason, params),
  );
  tcb.retransmissionQueue = [{ ...first, retransmitted: true, sentAt: fx.now }, ...rest];
  fx.startTimer('retransmit', tcb.rto.rto);
}
