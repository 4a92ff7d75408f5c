/**
 * The virtual clock of a SYN-flood run and what is due on it: calls, arrivals, drops and timer
 * expiries, taken in time order.
 */
import { EventQueue } from '../event-queue.ts';
import type { Segment } from '../segment.ts';
import type { EndpointId, TimerName } from '../trace.ts';
import type { Connection } from './connection.ts';
import type { Peer, Role } from './flood-hosts.ts';

/** Something due at an instant of the run. */
export type FloodItem =
  | { kind: 'listen' }
  | { kind: 'connect' }
  | { kind: 'spoof'; n: number }
  | { kind: 'arrive'; id: number; to: EndpointId; from: Peer; segment: Segment }
  | { kind: 'drop'; id: number }
  | { kind: 'timer'; conn: Connection; role: Role; timer: TimerName; generation: number };

/** A timer expiry on the agenda. */
export type TimerItem = Extract<FloodItem, { kind: 'timer' }>;

/** As the two-endpoint simulator: calls first at an instant, then arrivals, then timers. */
export const RANK = { call: 0, arrive: 1, timer: 2 } as const;

/** The current instant of a run, read by whatever stamps an event. */
export interface FloodClock {
  readonly now: number;
}

/** The run's event queue with its clock: taking the next item moves time to that item. */
export class FloodAgenda implements FloodClock {
  private readonly queue = new EventQueue<FloodItem>();
  private time = 0;

  /** The instant of the item taken last (0 before the first). */
  get now(): number {
    return this.time;
  }

  /** Puts an item on the agenda at `t`; at equal times a lower rank comes first. */
  push(t: number, item: FloodItem, rank: (typeof RANK)[keyof typeof RANK]): void {
    this.queue.push(t, item, rank);
  }

  /** Takes the earliest item and moves the clock to it; undefined when nothing is due. */
  next(): FloodItem | undefined {
    const next = this.queue.pop();
    if (next === undefined) return undefined;
    this.time = next.t;
    return next.item;
  }
}
