/**
 * Groups segments into TCP conversations numbered exactly like tshark's `tcp.stream`: by the
 * unordered (address, port, address, port) pair, in order of first appearance in the file.
 */
import type { CapturedSegment, Conversation } from './types.ts';
import { FLAG_ACK, FLAG_FIN, FLAG_RST, FLAG_SYN } from './tcp-header.ts';

interface Tracked {
  conversation: Conversation;
  /** First sequence number seen from A and from B (tshark's per-direction base_seq). */
  baseA: number | null;
  baseB: number | null;
  startSeconds: number;
  endSeconds: number;
}

function endpointKey(address: string, port: number): string {
  return `${address}/${port}`;
}

/**
 * Assigns stream numbers as segments arrive in file order, and keeps Wireshark-style totals.
 *
 * Port reuse follows Wireshark's packet-tcp.c ("TCP port numbers reused"): a SYN without ACK on
 * a known pair whose sequence number differs from the first one recorded for that direction
 * starts a new conversation with a new stream number; a SYN with the same number is a
 * retransmission and stays in the old one.
 */
export class ConversationTracker {
  readonly conversations: Conversation[] = [];
  private readonly byPair = new Map<string, Tracked>();

  /** Records `segment` (at `seconds` from the file's first frame); returns its stream number. */
  add(segment: CapturedSegment, index: number, seconds: number): number {
    const from = endpointKey(segment.src, segment.srcPort);
    const to = endpointKey(segment.dst, segment.dstPort);
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    let tracked = this.byPair.get(pair);
    const pureSyn = (segment.flags & (FLAG_SYN | FLAG_ACK)) === FLAG_SYN;
    if (tracked !== undefined && pureSyn) {
      const base = this.isFromA(tracked, segment) ? tracked.baseA : tracked.baseB;
      if (base !== null && base !== segment.seq) tracked = undefined;
    }
    if (tracked === undefined) {
      tracked = this.open(segment, seconds);
      this.byPair.set(pair, tracked);
    }
    this.count(tracked, segment, index, seconds);
    return tracked.conversation.stream;
  }

  private isFromA(tracked: Tracked, segment: CapturedSegment): boolean {
    const { a } = tracked.conversation;
    return segment.src === a.address && segment.srcPort === a.port;
  }

  private open(segment: CapturedSegment, seconds: number): Tracked {
    const conversation: Conversation = {
      stream: this.conversations.length,
      a: { address: segment.src, port: segment.srcPort },
      b: { address: segment.dst, port: segment.dstPort },
      packets: 0,
      bytes: 0,
      packetsAToB: 0,
      bytesAToB: 0,
      packetsBToA: 0,
      bytesBToA: 0,
      payloadBytes: 0,
      firstFrame: segment.frame,
      lastFrame: segment.frame,
      start: seconds,
      duration: 0,
      sawSyn: false,
      sawSynAck: false,
      sawFin: false,
      sawRst: false,
      hasHandshake: false,
      hasClose: false,
      segmentIndices: [],
    };
    this.conversations.push(conversation);
    return { conversation, baseA: null, baseB: null, startSeconds: seconds, endSeconds: seconds };
  }

  private count(tracked: Tracked, segment: CapturedSegment, index: number, seconds: number): void {
    const c = tracked.conversation;
    const fromA = this.isFromA(tracked, segment);
    if (fromA) {
      tracked.baseA ??= segment.seq;
      c.packetsAToB += 1;
      c.bytesAToB += segment.frameLength;
    } else {
      tracked.baseB ??= segment.seq;
      c.packetsBToA += 1;
      c.bytesBToA += segment.frameLength;
    }
    c.packets += 1;
    c.bytes += segment.frameLength;
    c.payloadBytes += segment.len;
    c.lastFrame = segment.frame;
    c.segmentIndices.push(index);
    tracked.startSeconds = Math.min(tracked.startSeconds, seconds);
    tracked.endSeconds = Math.max(tracked.endSeconds, seconds);
    c.start = tracked.startSeconds;
    c.duration = tracked.endSeconds - tracked.startSeconds;
    const syn = (segment.flags & FLAG_SYN) !== 0;
    const ack = (segment.flags & FLAG_ACK) !== 0;
    c.sawSyn ||= syn && !ack;
    c.sawSynAck ||= syn && ack;
    c.sawFin ||= (segment.flags & FLAG_FIN) !== 0;
    c.sawRst ||= (segment.flags & FLAG_RST) !== 0;
    c.hasHandshake = c.sawSyn || c.sawSynAck;
    c.hasClose = c.sawFin || c.sawRst;
  }
}
