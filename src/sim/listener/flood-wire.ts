/**
 * The network of a SYN-flood run. Everything the client side sends reaches the server; what
 * the server sends reaches the legitimate client, or is lost halfway to a forged address,
 * where no host will ever answer.
 */
import { flagsOf, type Segment } from '../segment.ts';
import type { AckBasis, EndpointId, Why } from '../trace.ts';
import type { Connection } from './connection.ts';
import { RANK, type FloodAgenda } from './flood-agenda.ts';
import { CLIENT_PEER, FLOOD_ADDRESSES, SERVER_PEER, keyOf, type Peer } from './flood-hosts.ts';
import { sentence, type FloodRecorder } from './flood-recorder.ts';

/** What a sender knows about a segment beyond its header. */
export interface SendMeta {
  retransmission: boolean;
  ackBasis: AckBasis | null;
  why: Why;
  /** The connection that sent it, so a retransmission can point at its first send; null: none. */
  conn: Connection | null;
}

const other = (side: EndpointId): EndpointId => (side === 'client' ? 'server' : 'client');

/** Numbers segments, records their sends, and schedules their arrivals or losses. */
export class FloodWire {
  private readonly transmitted: Record<EndpointId, number> = { client: 0, server: 0 };
  private readonly firstIdBySeq = new Map<Connection, Map<string, number>>();
  private nextId = 1;

  constructor(
    private readonly agenda: FloodAgenda,
    private readonly recorder: FloodRecorder,
    private readonly oneWayDelayMs: number,
  ) {}

  /** Puts a segment on the wire from `side`, to or from `peer`. */
  transmit(side: EndpointId, peer: Peer, segment: Segment, meta: SendMeta): void {
    const now = this.agenda.now;
    const id = this.nextId++;
    const index = ++this.transmitted[side];
    const spoofed = keyOf(peer) !== keyOf(CLIENT_PEER) && peer.address !== FLOOD_ADDRESSES.server;
    const lost = side === 'server' && spoofed;
    const arrivesAt = now + this.oneWayDelayMs;
    const retransmissionOf = this.firstSendOf(id, segment, meta);
    this.recorder.send({
      t: now,
      type: 'send',
      id,
      from: side,
      to: other(side),
      srcPort: segment.srcPort,
      dstPort: segment.dstPort,
      flags: flagsOf(segment.ctl),
      seq: segment.seq,
      ack: segment.ctl.ack ? segment.ack : null,
      len: segment.len,
      window: segment.window,
      options: segment.options,
      retransmission: meta.retransmission,
      ...(meta.retransmission && retransmissionOf !== undefined ? { retransmissionOf } : {}),
      arrivesAt,
      ...(lost ? { lost: true } : {}),
      index,
      ...(spoofed ? { spoofedAddress: peer.address } : {}),
      ackBasis: meta.ackBasis,
      reason: sentence(meta.why),
      why: meta.why,
    });
    if (lost) {
      this.agenda.push(now + this.oneWayDelayMs / 2, { kind: 'drop', id }, RANK.arrive);
    } else {
      const from = side === 'server' ? SERVER_PEER : spoofed ? peer : CLIENT_PEER;
      this.agenda.push(
        arrivesAt,
        { kind: 'arrive', id, to: other(side), from, segment },
        RANK.arrive,
      );
    }
  }

  /**
   * The id of the first send of this segment by the same connection, if there was one; a first
   * send that is not itself marked as a retransmission becomes that id.
   */
  private firstSendOf(id: number, segment: Segment, meta: SendMeta): number | undefined {
    if (meta.conn === null) return undefined;
    const firsts = this.firstIdBySeq.get(meta.conn) ?? new Map<string, number>();
    this.firstIdBySeq.set(meta.conn, firsts);
    const key = `${String(segment.seq)}:${String(segment.ctl.syn)}:${String(segment.ctl.fin)}:${String(segment.len)}`;
    const first = firsts.get(key);
    if (first === undefined && !meta.retransmission) firsts.set(key, id);
    return first;
  }
}
