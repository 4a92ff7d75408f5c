/**
 * The network between the connections of a run: it numbers segments, records their sends, and
 * schedules their arrivals, losses and network-made copies on the agenda. How long a segment
 * flies and what befalls it is the run's flight policy (scenario faults, a SYN flood's forged
 * addresses); an attacker's forged segment enters the same way, with no sender connection.
 */
import { why } from '../reasons.ts';
import { flagsOf, type Segment } from '../segment.ts';
import type { EndpointId, SendEvent } from '../trace.ts';
import { RANK, type Clock, type Rank } from './agenda.ts';
import type { SegmentOutput } from './connection-effects.ts';
import type { TraceLog } from './trace-log.ts';

/** What the wire puts on the agenda; `route` tells the run where an arrival goes. */
export type WireItem<R> =
  { kind: 'arrive'; id: number; route: R; segment: Segment } | { kind: 'drop'; id: number };

/** The agenda as the wire uses it. */
export interface WireAgenda<R> extends Clock {
  push(t: number, rank: Rank, item: WireItem<R>): void;
}

/** One segment handed to the wire. */
export interface Transmission<R> {
  /** The lane it leaves from and the lane it flies to. */
  from: EndpointId;
  to: EndpointId;
  /** The segment with what its sender knows about it (reason, ACK basis, retransmission). */
  output: SegmentOutput;
  /** Its sender, to link a retransmission to the first send; null when no connection sent it. */
  sender: object | null;
  /** Where it arrives. */
  route: R;
  /** The forged client address it comes from or goes to (a SYN flood), if any. */
  spoofedAddress?: string;
  /** Injected by an off-path attacker as `from`: counted in no sender's index, never faulted. */
  forged?: true;
}

/** What befalls one transmission. */
export interface Flight {
  /** The path's one-way delay. */
  delayMs: number;
  /** Extra delay the network adds. */
  extraDelayMs: number;
  /** The network loses it (drawn at the middle of its flight). */
  lost: boolean;
  /** Copies the network delivers too, each this long after the original's arrival. */
  copiesAfterMs: readonly number[];
}

/** Decides the flight of a run's `index`-th transmission from `tx.from` (from 1). */
export type FlightPolicy<R> = (tx: Transmission<R>, index: number) => Flight;

/** Numbers, records and schedules every segment of a run. */
export class Wire<R> {
  private nextId = 1;
  private readonly transmitted: Record<EndpointId, number> = { client: 0, server: 0 };
  private readonly firstIds = new Map<object, Map<string, number>>();

  constructor(
    private readonly agenda: WireAgenda<R>,
    private readonly log: TraceLog,
    private readonly flightOf: FlightPolicy<R>,
  ) {}

  /** How many segments were put on the wire so far, network copies included. */
  get sent(): number {
    return this.nextId - 1;
  }

  /** Puts a segment on the wire now; returns its send event. */
  transmit(tx: Transmission<R>): SendEvent {
    const now = this.agenda.now;
    const { segment, retransmission } = tx.output;
    // A forged segment is not the endpoint's own: it must not shift the faults' numbering.
    const index = tx.forged === true ? 0 : ++this.transmitted[tx.from];
    const id = this.nextId++;
    const flight = this.flightOf(tx, index);
    const { delayMs, extraDelayMs, lost } = flight;
    const arrivesAt = now + delayMs + extraDelayMs;
    const firstId = this.firstSendOf(tx, id);
    const send: SendEvent = {
      t: now,
      type: 'send',
      id,
      from: tx.from,
      to: tx.to,
      srcPort: segment.srcPort,
      dstPort: segment.dstPort,
      flags: flagsOf(segment.ctl),
      seq: segment.seq,
      ack: segment.ctl.ack ? segment.ack : null,
      len: segment.len,
      window: segment.window,
      options: segment.options,
      retransmission,
      ...(retransmission && firstId !== undefined ? { retransmissionOf: firstId } : {}),
      arrivesAt,
      ...(lost ? { lost: true } : {}),
      ...(extraDelayMs > 0 ? { extraDelayMs } : {}),
      ...(tx.forged === true ? { forged: true } : { index }),
      ...(tx.spoofedAddress === undefined ? {} : { spoofedAddress: tx.spoofedAddress }),
      ackBasis: tx.output.ackBasis,
      reason: this.log.describe(tx.output.why),
      why: tx.output.why,
    };
    this.log.send(send);
    if (lost) {
      this.agenda.push(now + (delayMs + extraDelayMs) / 2, RANK.arrival, { kind: 'drop', id });
    } else {
      this.agenda.push(arrivesAt, RANK.arrival, { kind: 'arrive', id, route: tx.route, segment });
    }
    for (const afterMs of flight.copiesAfterMs) this.copy(send, tx.route, segment, afterMs);
    return send;
  }

  /** A copy made by the network: its own id, the original's header, arriving `afterMs` later. */
  private copy(send: SendEvent, route: R, segment: Segment, afterMs: number): void {
    const id = this.nextId++;
    const arrivesAt = send.arrivesAt + afterMs;
    const w = why('network-duplicate', { id: send.id });
    this.log.send({
      ...send,
      id,
      retransmission: false,
      duplicateOf: send.id,
      arrivesAt,
      lost: undefined,
      reason: this.log.describe(w),
      why: w,
    });
    this.agenda.push(arrivesAt, RANK.arrival, { kind: 'arrive', id, route, segment });
  }

  /**
   * The id of the sender's first send of the same sequence space, if there was one; a first
   * send that is not itself a retransmission becomes that id.
   */
  private firstSendOf(tx: Transmission<R>, id: number): number | undefined {
    if (tx.sender === null) return undefined;
    let firsts = this.firstIds.get(tx.sender);
    if (firsts === undefined) {
      firsts = new Map();
      this.firstIds.set(tx.sender, firsts);
    }
    const { segment, retransmission } = tx.output;
    const key = `${segment.seq}:${segment.ctl.syn}:${segment.ctl.fin}:${segment.len}`;
    const first = firsts.get(key);
    if (first === undefined && !retransmission) firsts.set(key, id);
    return first;
  }
}
