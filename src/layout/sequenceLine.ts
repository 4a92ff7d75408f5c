/**
 * The sequence space of one direction as a number line: the sender's ISN, its SYN's slot, the
 * bytes acknowledged, sent and not acknowledged, the usable window and the FIN's slot, with the
 * current segment's [SEQ, SEQ+LEN) and the ACK at the next byte expected. Positions are offsets
 * from the ISN modulo 2^32 (never a 4-billion-wide axis); where the absolute numbers pass 2^32
 * the line marks the wrap.
 */
import {
  TCB_FIELDS,
  seq,
  seqDiff,
  sendSpace,
  type EndpointId,
  type SendEvent,
  type TcbField,
  type TcbValues,
} from '../sim/index.ts';
import type { Timeline } from './timeline.ts';

/** What a stretch of the line is. */
export type SeqSpanKind = 'syn' | 'acked' | 'unacked' | 'usable' | 'fin' | 'segment';

/** A stretch [from, to) of the sequence space, absolute, and where it is drawn (0..1). */
export interface SeqSpan {
  kind: SeqSpanKind;
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** One direction's line. */
export interface SequenceLine {
  /** The sender, whose sequence space this is. */
  from: EndpointId;
  iss: number;
  spans: SeqSpan[];
  /** The acknowledgment: the next byte the receiver expects, and where it is drawn. */
  ack: { value: number; x: number } | null;
  /** Where the absolute numbers pass 2^32 and start again at 0, if on the line. */
  wrapX: number | null;
  /** The usable window is drawn shorter than it is (a break in the line). */
  windowBroken: boolean;
}

/** The fewest numbers the line spans before its usable window. */
const MIN_EXTENT = 8;
/** The share of the line a much larger usable window is drawn in. */
const BROKEN_WINDOW_SHARE = 0.3;

/** The events a player step covers: from its own event to the one before the next step's. */
export function stepEvents(timeline: Timeline, cursor: number): { first: number; last: number } {
  if (cursor <= 0) return { first: -1, last: -1 };
  const step = timeline.steps[cursor - 1];
  const next = timeline.steps[cursor];
  if (step === undefined) return { first: -1, last: -1 };
  return {
    first: step.eventIndex,
    last: (next?.eventIndex ?? timeline.trace.events.length) - 1,
  };
}

/** The TCB variables a step changed (none when the connection appears or goes). */
export function changedFields(
  now: TcbValues | null,
  before: TcbValues | null,
): ReadonlySet<TcbField> {
  if (now === null || before === null) return new Set();
  return new Set(TCB_FIELDS.filter((f) => now[f] !== before[f]));
}

/**
 * The line of `sender`'s sequence space (null while it has no connection), with `receiver`'s
 * RCV.NXT as the ACK marker unless the step's segment is the receiver's and acknowledges.
 */
export function sequenceLine(
  from: EndpointId,
  sender: TcbValues | null,
  receiver: TcbValues | null,
  segment: SendEvent | null,
): SequenceLine | null {
  if (sender === null) return null;
  const off = (v: number) => seqDiff(seq(v), seq(sender.iss));
  const una = off(sender.sndUna);
  const nxt = off(sender.sndNxt);
  const usableEnd = Math.max(nxt, una + sender.sndWnd);
  const own = segment !== null && segment.from === from ? segment : null;
  const ackValue =
    segment !== null && segment.from !== from && segment.ack !== null
      ? segment.ack
      : (receiver?.rcvNxt ?? null);
  const points = [1, una, nxt];
  if (sender.finSeq !== null) points.push(off(sender.finSeq) + 1);
  if (own !== null) points.push(off(own.seq) + sendSpace(own));
  if (ackValue !== null) points.push(off(ackValue));
  // At least MIN_EXTENT numbers: a lone SYN is a slot, not the whole line.
  const dataEnd = Math.max(...points, MIN_EXTENT);
  const windowBroken = usableEnd - nxt > 3 * Math.max(dataEnd, 1);
  const extent = windowBroken ? dataEnd : Math.max(dataEnd, usableEnd);
  const share = windowBroken ? 1 - BROKEN_WINDOW_SHARE : 1;
  const x = (o: number): number =>
    o <= extent
      ? (o / Math.max(extent, 1)) * share
      : share + ((o - extent) / Math.max(usableEnd - extent, 1)) * (1 - share);
  const span = (kind: SeqSpanKind, a: number, b: number): SeqSpan => ({
    kind,
    from: seq(sender.iss + a),
    to: seq(sender.iss + b),
    x0: x(a),
    x1: x(b),
  });
  const spans: SeqSpan[] = [span('syn', 0, 1)];
  // Acknowledged data ends where the FIN's slot begins once the FIN is acknowledged too.
  const fin = sender.finSeq === null ? null : off(sender.finSeq);
  const ackedEnd = fin !== null && una > fin ? fin : una;
  if (ackedEnd > 1) spans.push(span('acked', 1, ackedEnd));
  if (nxt > una) spans.push(span('unacked', una, nxt));
  if (usableEnd > nxt) spans.push(span('usable', nxt, usableEnd));
  if (fin !== null) spans.push(span('fin', fin, fin + 1));
  if (own !== null) {
    const start = off(own.seq);
    spans.push(span('segment', start, start + Math.max(sendSpace(own), 0)));
  }
  const wrap = seqDiff(seq(0), seq(sender.iss));
  const wrapAt = wrap > 0 && wrap <= Math.max(extent, usableEnd) ? x(wrap) : null;
  return {
    from,
    iss: sender.iss,
    spans,
    ack: ackValue === null ? null : { value: ackValue, x: x(off(ackValue)) },
    wrapX: wrapAt,
    windowBroken,
  };
}
