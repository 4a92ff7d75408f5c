/**
 * The virtual clock and what is due on it: one ordered queue of application calls, segment
 * arrivals and timer expiries. Taking the next item moves the clock to it.
 */
import { EventQueue } from './event-queue.ts';

/**
 * At the same instant, application calls come first, then arriving (or lost) segments, then
 * timers: an ACK that arrives exactly when the RTO would fire cancels it, as a real stack's
 * softirq would. Within a rank, items come out in the order they were put in.
 */
export const RANK = { call: 0, arrival: 1, timer: 2 } as const;

/** One of the ranks of RANK. */
export type Rank = (typeof RANK)[keyof typeof RANK];

/** A clock that reads the current virtual time, in ms. */
export interface Clock {
  readonly now: number;
}

/** The run's queue with its clock. */
export class Agenda<T> implements Clock {
  private readonly queue = new EventQueue<T>();
  private time = 0;

  /** The instant of the item taken last, or of the last `advanceTo` (0 at first). */
  get now(): number {
    return this.time;
  }

  /** How many items are pending. */
  get size(): number {
    return this.queue.size;
  }

  /** When the next item is due, or undefined when nothing is pending. */
  peekTime(): number | undefined {
    return this.queue.peekTime();
  }

  /** Puts an item on the agenda at `t`. */
  push(t: number, rank: Rank, item: T): void {
    this.queue.push(t, item, rank);
  }

  /** Takes the earliest item and moves the clock to it; undefined when nothing is due. */
  next(): T | undefined {
    const next = this.queue.pop();
    if (next === undefined) return undefined;
    this.time = next.t;
    return next.item;
  }

  /** Moves the clock forward to `t` (never back) without taking anything. */
  advanceTo(t: number): void {
    this.time = Math.max(this.time, t);
  }
}
