/**
 * A connection's named timers. Each start or stop bumps the timer's generation, so an expiry
 * scheduled before it carries an older number and is recognized as stale; nothing here knows
 * which timers exist (the machine names them, `TIMER_EVENTS` maps them to its events).
 */
import type { TimerName } from '../trace.ts';

/** The generation and running flag of every timer a connection has used. */
export class TimerTable {
  private readonly generation = new Map<TimerName, number>();
  private readonly running = new Set<TimerName>();

  /** Starts (or restarts) a timer; returns the generation its expiry must carry. */
  start(timer: TimerName): number {
    this.running.add(timer);
    return this.bump(timer);
  }

  /** Stops a timer; returns whether it was running (started, and not stopped or expired). */
  stop(timer: TimerName): boolean {
    const was = this.running.delete(timer);
    this.bump(timer);
    return was;
  }

  /**
   * An expiry of `generation` comes due: true (and the timer is no longer running) when it is
   * the timer's latest start; false when the timer was restarted or stopped since.
   */
  expire(timer: TimerName, generation: number): boolean {
    if (this.generation.get(timer) !== generation) return false;
    this.running.delete(timer);
    this.bump(timer);
    return true;
  }

  private bump(timer: TimerName): number {
    const next = (this.generation.get(timer) ?? 0) + 1;
    this.generation.set(timer, next);
    return next;
  }
}
