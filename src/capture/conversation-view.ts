/**
 * One conversation seen from the endpoints' side: who is the client, and each segment with its
 * trace id, its direction and when the capture saw it. Shared by the analyses behind to-trace.ts.
 */
import type { EndpointId } from '../sim/index.ts';
import { FLAG_ACK, FLAG_FIN, FLAG_RST, FLAG_SYN } from './tcp-header.ts';
import { diffMillis } from './timestamps.ts';
import type { CapturedSegment, ConversationEndpoint } from './types.ts';

/** A captured segment placed in its conversation. */
export interface ViewSegment {
  segment: CapturedSegment;
  /** Trace id: position in the conversation, from 0. */
  id: number;
  from: EndpointId;
  /** When the capture saw it, in ms after the conversation's first captured segment. */
  seenMs: number;
}

/** How the client was recognised. */
export type ClientBasis = 'syn' | 'syn-ack' | 'first-sender';

/** A conversation's segments with roles assigned. */
export interface ConversationView {
  client: ConversationEndpoint;
  server: ConversationEndpoint;
  clientBasis: ClientBasis;
  segments: ViewSegment[];
}

/** SYN without ACK: an active open (RFC 9293 §3.5). */
export function isPureSyn(s: CapturedSegment): boolean {
  return (s.flags & (FLAG_SYN | FLAG_ACK)) === FLAG_SYN;
}

/** SYN with ACK: the reply to an active open. */
export function isSynAck(s: CapturedSegment): boolean {
  return (s.flags & (FLAG_SYN | FLAG_ACK)) === (FLAG_SYN | FLAG_ACK);
}

/** Sequence space a segment occupies: payload, plus one each for SYN and FIN (RFC 9293 §3.4). */
export function sequenceLength(s: CapturedSegment): number {
  return s.len + ((s.flags & FLAG_SYN) !== 0 ? 1 : 0) + ((s.flags & FLAG_FIN) !== 0 ? 1 : 0);
}

/** Has the given flag bit. */
export function has(s: CapturedSegment, flag: number): boolean {
  return (s.flags & flag) !== 0;
}

/** A pure acknowledgment: ACK with no payload, SYN, FIN or RST. */
export function isPureAck(s: CapturedSegment): boolean {
  return s.len === 0 && (s.flags & (FLAG_SYN | FLAG_FIN | FLAG_RST | FLAG_ACK)) === FLAG_ACK;
}

/**
 * The client is whoever sent the first SYN without ACK; failing that, whoever received the first
 * SYN-ACK (the SYN was not captured); failing that, the first sender.
 */
export function viewConversation(segments: readonly CapturedSegment[]): ConversationView | null {
  const first = segments[0];
  if (first === undefined) return null;
  const syn = segments.find(isPureSyn);
  const synAck = syn === undefined ? segments.find(isSynAck) : undefined;
  let client: ConversationEndpoint;
  let server: ConversationEndpoint;
  let clientBasis: ClientBasis;
  if (syn !== undefined) {
    client = { address: syn.src, port: syn.srcPort };
    server = { address: syn.dst, port: syn.dstPort };
    clientBasis = 'syn';
  } else if (synAck !== undefined) {
    client = { address: synAck.dst, port: synAck.dstPort };
    server = { address: synAck.src, port: synAck.srcPort };
    clientBasis = 'syn-ack';
  } else {
    client = { address: first.src, port: first.srcPort };
    server = { address: first.dst, port: first.dstPort };
    clientBasis = 'first-sender';
  }
  const view = segments.map((segment, id): ViewSegment => ({
    segment,
    id,
    from: segment.src === client.address && segment.srcPort === client.port ? 'client' : 'server',
    seenMs: diffMillis(segment.time, first.time),
  }));
  return { client, server, clientBasis, segments: view };
}
