/**
 * Where the capture point sat, and so how long each segment flew.
 *
 * The model: the capture point P sits on the path, `c` ms (one way) from the client and `s` ms
 * from the server. P sees every segment once. A client segment seen at time T left the client at
 * T - c and reaches the server at T + s; a server segment seen at T left at T - s and reaches the
 * client at T + c. Every flight then lasts c + s, half the round trip.
 *
 * The handshake measures both halves: P sees the SYN, then the SYN-ACK 2s later (SYN from P to
 * the server and the SYN-ACK back), then the client's ACK 2c after that. So c = (ACK - SYN-ACK)/2
 * and s = (SYN-ACK - SYN)/2. A capture taken on the client gives c ~ 0 (the SYN -> SYN-ACK gap
 * dominates), one taken on the server gives s ~ 0, and loopback splits the tiny gaps. The
 * estimate ignores the endpoints' processing time and assumes symmetric paths, so the arrows'
 * slopes are an estimate, and the trace says so in a note.
 *
 * Without a handshake the same reasoning runs on data and its acknowledgment: the smallest gap
 * between a segment and the first peer ACK covering it is about twice the peer's distance
 * (delayed ACKs only lengthen gaps, so the minimum is the best sample). A side with no sample
 * is assumed to be where the capture was taken (distance 0).
 */
import { peerOf, seq, seqGe } from '../sim/index.ts';
import {
  has,
  isPureSyn,
  isSynAck,
  sequenceLength,
  type ConversationView,
  type ViewSegment,
} from './conversation-view.ts';
import { FLAG_ACK, FLAG_RST, FLAG_SYN } from './tcp-header.ts';

/** The estimated one-way delays on each side of the capture point. */
export interface FlightModel {
  /** Client <-> capture point, ms. */
  clientSideMs: number;
  /** Capture point <-> server, ms. */
  serverSideMs: number;
  /** What the estimate rests on. */
  basis: 'handshake' | 'partial-handshake' | 'data-and-acks' | 'none';
}

const half = (gapMs: number): number => Math.max(0, gapMs / 2);

function fromHandshake(view: ConversationView): FlightModel | null {
  const segs = view.segments;
  const replyIndex = segs.findIndex(
    (v) => v.from === 'server' && (isSynAck(v.segment) || has(v.segment, FLAG_RST)),
  );
  const reply = segs[replyIndex];
  // The SYN the reply answers: the last one before it (Karn: ambiguous, but the latest is closest).
  const syn = segs.slice(0, Math.max(0, replyIndex)).findLast((v) => isPureSyn(v.segment));
  if (reply !== undefined && isSynAck(reply.segment)) {
    const expected = seq(reply.segment.seq + 1);
    const ack = segs
      .slice(replyIndex + 1)
      .find(
        (v) =>
          v.from === 'client' &&
          has(v.segment, FLAG_ACK) &&
          !has(v.segment, FLAG_SYN) &&
          v.segment.ack === expected,
      );
    if (ack !== undefined) {
      const clientSideMs = half(ack.seenMs - reply.seenMs);
      if (syn !== undefined) {
        return { clientSideMs, serverSideMs: half(reply.seenMs - syn.seenMs), basis: 'handshake' };
      }
      return { clientSideMs, serverSideMs: 0, basis: 'partial-handshake' };
    }
  }
  if (reply !== undefined && syn !== undefined) {
    return {
      clientSideMs: 0,
      serverSideMs: half(reply.seenMs - syn.seenMs),
      basis: 'partial-handshake',
    };
  }
  return null;
}

interface Pending {
  end: number;
  seenMs: number;
}

function fromDataAndAcks(view: ConversationView): FlightModel {
  const pending: Record<'client' | 'server', Pending[]> = { client: [], server: [] };
  const best: Record<'client' | 'server', number> = { client: Infinity, server: Infinity };
  for (const v of view.segments) {
    const s = v.segment;
    const peer = peerOf(v.from);
    if (s.ack !== null) {
      const queue = pending[peer];
      const ack = seq(s.ack);
      let latest: Pending | undefined;
      while (queue[0] !== undefined && seqGe(ack, seq(queue[0].end))) latest = queue.shift();
      if (latest !== undefined) best[v.from] = Math.min(best[v.from], v.seenMs - latest.seenMs);
    }
    const length = sequenceLength(s);
    if (length > 0 && !has(s, FLAG_RST)) {
      const own = pending[v.from];
      own.push({ end: seq(s.seq + length), seenMs: v.seenMs });
      if (own.length > 1024) own.shift();
    }
  }
  if (best.client === Infinity && best.server === Infinity) {
    return { clientSideMs: 0, serverSideMs: 0, basis: 'none' };
  }
  return {
    clientSideMs: best.client === Infinity ? 0 : half(best.client),
    serverSideMs: best.server === Infinity ? 0 : half(best.server),
    basis: 'data-and-acks',
  };
}

/** Estimates the flight model of a conversation (see the file comment). */
export function estimateFlight(view: ConversationView): FlightModel {
  return fromHandshake(view) ?? fromDataAndAcks(view);
}

/** When a segment left its sender and when it reached the other side, under `model`. */
export function flightOf(
  v: ViewSegment,
  model: FlightModel,
): { sentMs: number; arrivesMs: number } {
  const before = v.from === 'client' ? model.clientSideMs : model.serverSideMs;
  const after = v.from === 'client' ? model.serverSideMs : model.clientSideMs;
  return { sentMs: v.seenMs - before, arrivesMs: v.seenMs + after };
}
