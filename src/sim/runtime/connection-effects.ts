/**
 * What a connection's machine outputs do, decided by whoever holds the connection: the
 * simulator draws them in a lane and puts segments on the wire, the SYN-flood listener draws only
 * its legitimate connection, capture inference keeps states and notices and drops the rest.
 */
import type { EndpointOutput } from '../endpoint-events.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { TimerName, Why } from '../trace.ts';
import type { Clock } from './agenda.ts';
import type { Connection } from './connection.ts';

/** A segment the machine transmits, with what it knows about it. */
export type SegmentOutput = Extract<EndpointOutput, { type: 'out.segment' }>;

/** The effects of one connection's outputs, in the order the machine produced them. */
export interface ConnectionEffects {
  /** The machine entered `to` (it may be the state it was already drawn in). */
  state(to: TcpStateName, why: Why): void;
  /** Something the endpoint reports to its application, or a segment it dropped. */
  notice(why: Why): void;
  /** A timer started (or restarted) and will fire at `expiresAt`. */
  timerStarted(timer: TimerName, expiresAt: number, durationMs: number): void;
  /** The machine stopped a timer; `wasRunning` is false when it had already fired. */
  timerStopped(timer: TimerName, wasRunning: boolean): void;
  /** A timer fired; the machine gets its event next. */
  timerExpired(timer: TimerName): void;
  /** The machine transmits a segment. */
  segment(output: SegmentOutput): void;
}

/** Where a connection lives: the clock its events are stamped with, and timer scheduling. */
export interface ConnectionHost extends Clock {
  /**
   * Schedules the expiry of `conn`'s timer at `at`; the host later hands it back through
   * `Connection.expire`. A host without timers (capture replay) ignores it.
   */
  schedule(at: number, conn: Connection, timer: TimerName, generation: number): void;
}
