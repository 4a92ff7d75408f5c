/**
 * Classifies each captured segment against what its sender had already sent: a copy made by the
 * network (duplicate), a retransmission, a keep-alive, an out-of-order arrival, or a segment that
 * follows a gap in the sequence space (a segment the capture missed).
 */
import { seq, seqDiff, type EndpointId } from '../sim/index.ts';
import { has, sequenceLength, type ViewSegment } from './conversation-view.ts';
import { FLAG_FIN, FLAG_RST, FLAG_SYN } from './tcp-header.ts';
import type { CapturedSegment } from './types.ts';

/** What one segment is, relative to its sender's earlier segments. */
export interface SegmentClass {
  /** Id of the segment this is a network copy of (same IP ID / timestamps and TCP header). */
  duplicateOf: number | null;
  /** It repeats sequence space already seen (len > 0, SYN or FIN). */
  retransmission: boolean;
  /** Id of the first transmission it repeats; null when that was sent before the capture began. */
  retransmissionOf: number | null;
  /** RFC 9293 §3.8.4: zero or one byte at SND.NXT - 1 to probe an idle peer. */
  keepAlive: boolean;
  /** It fills a hole below the highest sequence number seen (arrived late, not resent). */
  outOfOrder: boolean;
  /** Sequence bytes skipped before it: segments that the capture did not see. */
  gapBefore: number;
}

interface Range {
  start: number;
  end: number;
  id: number;
}

interface Direction {
  base: number | null;
  /** Highest sequence end seen, relative to base. */
  next: number;
  /** First transmissions, relative to base. */
  originals: Range[];
  recent: ViewSegment[];
}

/** How many earlier segments of the same sender are compared when looking for copies. */
const DUPLICATE_WINDOW = 8;

/**
 * Two captures of one transmission: identical TCP header fields and the same IPv4
 * Identification (when it is set) or the same TCP timestamps. Without either, identical pure ACKs
 * are legitimately sent twice (duplicate ACKs), so they are not called copies.
 */
function sameTransmission(a: CapturedSegment, b: CapturedSegment): boolean {
  if (a.seq !== b.seq || a.ack !== b.ack || a.flags !== b.flags) return false;
  if (a.len !== b.len || a.window !== b.window) return false;
  const ta = a.options.timestamps;
  const tb = b.options.timestamps;
  if (ta?.value !== tb?.value || ta?.echoReply !== tb?.echoReply) return false;
  if (a.ipId !== null && b.ipId !== null && (a.ipId !== 0 || b.ipId !== 0)) {
    return a.ipId === b.ipId;
  }
  return ta !== undefined;
}

function classifyOne(v: ViewSegment, dir: Direction): SegmentClass {
  const s = v.segment;
  const result: SegmentClass = {
    duplicateOf: null,
    retransmission: false,
    retransmissionOf: null,
    keepAlive: false,
    outOfOrder: false,
    gapBefore: 0,
  };
  const copy = dir.recent.find((r) => sameTransmission(r.segment, s));
  if (copy !== undefined) {
    result.duplicateOf = copy.id;
    return result;
  }
  dir.recent.push(v);
  if (dir.recent.length > DUPLICATE_WINDOW) dir.recent.shift();
  const first = dir.base === null;
  dir.base ??= s.seq;
  const length = sequenceLength(s);
  const start = seqDiff(seq(s.seq), seq(dir.base));
  const end = start + length;
  const plain = !has(s, FLAG_SYN) && !has(s, FLAG_FIN) && !has(s, FLAG_RST);
  if (plain && s.len <= 1 && !first && start === dir.next - 1) {
    result.keepAlive = true;
    return result;
  }
  if (length === 0 || has(s, FLAG_RST)) return result;
  if (start < dir.next) {
    const original = dir.originals.find((r) => r.start <= start && start < r.end);
    if (original !== undefined || start < 0) {
      result.retransmission = true;
      result.retransmissionOf = original?.id ?? null;
    } else {
      result.outOfOrder = true;
    }
  } else if (start > dir.next && !first) {
    result.gapBefore = start - dir.next;
  }
  const fresh = Math.max(start, result.retransmission ? dir.next : start);
  if (end > fresh) dir.originals.push({ start: fresh, end, id: v.id });
  dir.next = Math.max(dir.next, end);
  return result;
}

/** Classifies every segment of a conversation, in capture order. */
export function classifySegments(segments: readonly ViewSegment[]): SegmentClass[] {
  const directions: Record<EndpointId, Direction> = {
    client: { base: null, next: 0, originals: [], recent: [] },
    server: { base: null, next: 0, originals: [], recent: [] },
  };
  return segments.map((v) => classifyOne(v, directions[v.from]));
}
