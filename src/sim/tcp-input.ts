/**
 * Pure rules for an arriving segment (RFC 9293 §3.10.7): acceptability, ACK processing and the
 * reassembly of segment text. Guards read these; actions apply them.
 */
import type { Effects } from './effects.ts';
import { ackWhy, flush } from './tcp-output.ts';
import { why } from './reasons.ts';
import { seqEnd, seqSpace, type Segment } from './segment.ts';
import { sequenceSpace } from './segment-facts.ts';
import { sampleRtt } from './rto.ts';
import { dataReceived } from './delayed-ack.ts';
import { isLinux, rtoLimits, type HeldSegment, type RetransmissionEntry, type Tcb } from './tcb.ts';
import { seqAdd, seqDiff, seqGe, seqGt, seqInWindow, seqLe, seqLt, type SeqNum } from './seq.ts';

/** RFC 9293 §3.10.7.4, first check: the four cases of segment acceptability. */
export function isSeqAcceptable(tcb: Tcb, seg: Segment): boolean {
  const len = seqSpace(seg);
  const wnd = tcb.rcvWnd;
  if (len === 0) {
    return wnd === 0 ? seg.seq === tcb.rcvNxt : seqInWindow(seg.seq, tcb.rcvNxt, wnd);
  }
  if (wnd === 0) return false;
  return (
    seqInWindow(seg.seq, tcb.rcvNxt, wnd) || seqInWindow(seqAdd(seg.seq, len - 1), tcb.rcvNxt, wnd)
  );
}

/** An ACK in (SND.UNA, SND.NXT]: it acknowledges something new. */
export function acksNewData(tcb: Tcb, seg: Segment): boolean {
  return seg.ctl.ack && seqLt(tcb.sndUna, seg.ack) && seqLe(seg.ack, tcb.sndNxt);
}

/** An ACK of something not yet sent (SEG.ACK > SND.NXT), RFC 9293 §3.10.7.4 fifth. */
export function acksUnsentData(tcb: Tcb, seg: Segment): boolean {
  return seg.ctl.ack && seqGt(seg.ack, tcb.sndNxt);
}

/** RFC 5961 §5.2: an ACK older than SND.UNA − MAX.SND.WND is unacceptable too. */
export function acksTooOld(tcb: Tcb, seg: Segment): boolean {
  return seg.ctl.ack && seqLt(seg.ack, seqAdd(tcb.sndUna, -Math.max(tcb.maxSndWnd, 1)));
}

/** Our FIN has been sent and this segment acknowledges it. */
export function acksOurFin(tcb: Tcb, seg: Segment): boolean {
  return (
    seg.ctl.ack &&
    tcb.finSeq !== null &&
    seqGe(seg.ack, seqAdd(tcb.finSeq, 1)) &&
    seqLe(seg.ack, tcb.sndNxt)
  );
}

/** The pieces of text this segment contributes (SYN excluded: it is handled on its own). */
function pieceOf(seg: Segment): HeldSegment {
  const start = seg.ctl.syn ? seqAdd(seg.seq, 1) : seg.seq;
  return { seq: start, len: seg.len, fin: seg.ctl.fin };
}

interface Reassembly {
  rcvNxt: SeqNum;
  held: HeldSegment[];
  /** Bytes of data newly in order. */
  bytes: number;
  /** The FIN came in order; its sequence number. */
  finSeq: SeqNum | null;
  /** The last piece that advanced RCV.NXT. */
  last: HeldSegment | null;
  /** The segment itself lies beyond RCV.NXT and was held. */
  outOfOrder: boolean;
}

/**
 * Places the segment's text in the receive sequence space and pulls in whatever held pieces now
 * follow on (RFC 9293 §3.10.7.4, seventh and eighth). Pure: returns the result.
 */
export function reassemble(tcb: Tcb, seg: Segment): Reassembly {
  const incoming = pieceOf(seg);
  let pending = [...tcb.held, incoming];
  let rcvNxt = tcb.rcvNxt;
  let bytes = 0;
  let finSeq: SeqNum | null = null;
  let last: HeldSegment | null = null;
  let progressed = true;
  while (progressed && finSeq === null) {
    progressed = false;
    for (const p of pending) {
      const end = seqAdd(p.seq, p.len + (p.fin ? 1 : 0));
      if (seqLe(p.seq, rcvNxt) && seqGt(end, rcvNxt)) {
        const dataEnd = seqAdd(p.seq, p.len);
        bytes += Math.max(0, seqDiff(dataEnd, rcvNxt));
        if (p.fin) finSeq = dataEnd;
        rcvNxt = end;
        last = p;
        progressed = true;
        break;
      }
    }
    pending = pending.filter((p) => seqGt(seqAdd(p.seq, p.len + (p.fin ? 1 : 0)), rcvNxt));
  }
  const outOfOrder = seqGt(incoming.seq, tcb.rcvNxt) && (incoming.len > 0 || incoming.fin);
  const held = finSeq === null ? pending.filter((p) => p.len > 0 || p.fin) : [];
  return { rcvNxt, held: dedupe(held), bytes, finSeq, last, outOfOrder };
}

function dedupe(held: HeldSegment[]): HeldSegment[] {
  const seen = new Set<string>();
  return held
    .filter((h) => {
      const key = `${h.seq}:${h.len}:${h.fin}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => seqDiff(a.seq, b.seq));
}

/** Whether this segment brings the peer's FIN into order (possibly by filling a gap). */
export function reachesFin(tcb: Tcb, seg: Segment): boolean {
  return reassemble(tcb, seg).finSeq !== null;
}

/** The sequence number just past a queued segment (SYN and FIN take one each). */
function entryEnd(e: RetransmissionEntry): SeqNum {
  return seqAdd(e.seq, sequenceSpace(e.len, e.syn, e.fin));
}

/**
 * RFC 9293 §3.10.7.4 fifth, for states past SYN-RECEIVED: a new ACK advances SND.UNA, drops
 * what it covers from the retransmission queue, samples the RTT (Karn's rule), and restarts or
 * stops the retransmission timer (RFC 6298 §5.2-5.3); then the send window is updated.
 */
export function processAck(fx: Effects, seg: Segment): void {
  const { tcb } = fx;
  if (acksNewData(tcb, seg)) {
    // Segments are queued at SND.NXT, so the queue is in sequence order and contiguous: what
    // the ACK covers whole is a prefix, and only the entry after it can be covered in part.
    const queue = tcb.retransmissionQueue;
    let covered = 0;
    let retransmittedAcked = false;
    for (let e = queue[0]; e !== undefined && seqLe(entryEnd(e), seg.ack); e = queue[covered]) {
      retransmittedAcked ||= e.retransmitted;
      covered += 1;
    }
    const rest = queue.slice(covered);
    const partly = rest[0];
    if (partly !== undefined && seqLt(partly.seq, seg.ack)) {
      // A partly acknowledged segment keeps only its unacknowledged tail.
      const cut = seqDiff(seg.ack, partly.seq) - (partly.syn ? 1 : 0);
      rest[0] = { ...partly, seq: seg.ack, syn: false, len: partly.len - cut };
    }
    tcb.retransmissionQueue = rest;
    const newest = queue[covered - 1];
    if (newest !== undefined && !retransmittedAcked) {
      tcb.rto = sampleRtt(tcb.rto, fx.now - newest.sentAt, rtoLimits(tcb.config));
    }
    tcb.sndUna = seg.ack;
    tcb.retries = 0;
    if (tcb.sndUna === tcb.sndNxt) fx.stopTimer('retransmit');
    else fx.startTimer('retransmit', tcb.rto.rto);
  }
  updateSendWindow(fx, seg);
}

/** RFC 9293 §3.10.7.4: take SEG.WND when the segment is newer than the last window update. */
export function updateSendWindow(fx: Effects, seg: Segment): void {
  const { tcb } = fx;
  if (!seg.ctl.ack || seqLt(seg.ack, tcb.sndUna) || seqGt(seg.ack, tcb.sndNxt)) return;
  if (seqLt(tcb.sndWl1, seg.seq) || (tcb.sndWl1 === seg.seq && seqLe(tcb.sndWl2, seg.ack))) {
    tcb.sndWnd = seg.ctl.syn ? seg.window : seg.window * 2 ** tcb.sndScale;
    tcb.maxSndWnd = Math.max(tcb.maxSndWnd, tcb.sndWnd);
    tcb.sndWl1 = seg.seq;
    tcb.sndWl2 = seg.ack;
  }
}

/**
 * RFC 9293 §3.10.7.4 seventh and eighth: accept in-order text (and a FIN), hold what is out of
 * order, and ask for an ACK. Returns the FIN's sequence number when the FIN came in order.
 */
export function acceptText(fx: Effects, seg: Segment): SeqNum | null {
  const { tcb } = fx;
  if (seg.len === 0 && !seg.ctl.fin) return null;
  const r = reassemble(tcb, seg);
  fx.sackTrigger = seg.seq;
  fx.textArrived = true;
  const advanced = r.rcvNxt !== tcb.rcvNxt;
  tcb.rcvNxt = r.rcvNxt;
  tcb.held = r.held;
  tcb.bytesReceived += r.bytes;
  if (advanced && r.last !== null) {
    tcb.ackBasis = {
      seq: r.last.seq,
      len: r.last.len,
      syn: false,
      fin: r.last.fin,
      ack: r.rcvNxt,
    };
  }
  if (r.finSeq !== null) {
    tcb.finReceived = true;
    fx.finArrived = true;
  }
  if (r.bytes > 0 && isLinux(tcb.config)) {
    tcb.delack = dataReceived(tcb.delack, fx.now, {
      len: r.bytes,
      rcvWnd: tcb.rcvWnd,
      mss: tcb.effectiveMss,
      rtoMs: tcb.rto.rto,
    });
  }
  if (r.outOfOrder && !advanced) {
    fx.ackWhy = why('ack-out-of-order', { segSeq: seg.seq, rcvNxt: tcb.rcvNxt, ack: tcb.rcvNxt });
  } else {
    fx.ackWhy = ackWhy(tcb);
  }
  return r.finSeq;
}

/** Everything after the ACK check for a state that accepts text: ACK, text, reply. */
export function processSegmentText(fx: Effects, seg: Segment): SeqNum | null {
  processAck(fx, seg);
  const finSeq = acceptText(fx, seg);
  if (finSeq !== null) {
    fx.notice(why('notice-end-of-stream', { bytes: fx.tcb.bytesReceived }));
  }
  flush(fx);
  return finSeq;
}

/** The segment's last sequence number is exactly the peer's FIN we already acknowledged. */
export function isRetransmittedFin(tcb: Tcb, seg: Segment): boolean {
  return seg.ctl.fin && !seg.ctl.rst && tcb.finReceived && seqEnd(seg) === tcb.rcvNxt;
}
