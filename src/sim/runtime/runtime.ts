/**
 * One run on the virtual clock: the agenda, the trace log and the wire, and the loop that takes
 * the agenda's items in order. The simulator, the SYN-flood run and anything that hosts
 * connections drive the same loop; each supplies only what its calls do and where an arriving
 * segment goes (`RunDriver`).
 */
import type { Segment } from '../segment.ts';
import type { TimerName } from '../trace.ts';
import { Agenda, RANK } from './agenda.ts';
import type { ConnectionHost } from './connection-effects.ts';
import type { Connection } from './connection.ts';
import { TraceLog, type Describe } from './trace-log.ts';
import { Wire, type FlightPolicy, type WireItem } from './wire.ts';

/** Something due on a run's agenda: a call `C`, a segment routed by `R`, or a timer. */
export type RunItem<R, C> =
  | { kind: 'call'; call: C }
  | WireItem<R>
  | { kind: 'timer'; conn: Connection; timer: TimerName; generation: number };

/** What a run's host decides: its application calls, and where arrivals go. */
export interface RunDriver<R, C> {
  /** An application call (or an attacker's action) comes due. */
  call(call: C): void;
  /** A segment arrives; its `deliver` event is already in the trace. */
  arrive(route: R, segment: Segment): void;
}

/** How a run is set up. */
export interface RuntimeOptions<R, C> {
  driver: RunDriver<R, C>;
  /** The sentence of a reason, for the trace's `reason` fields. */
  describe: Describe;
  flight: FlightPolicy<R>;
}

/** What `run` ended with. */
export type RunEnd = 'idle' | 'step-limit';

/** A run: the clock and its queue, the trace so far, the wire. */
export class Runtime<R, C> implements ConnectionHost {
  readonly agenda = new Agenda<RunItem<R, C>>();
  readonly log: TraceLog;
  readonly wire: Wire<R>;
  private readonly driver: RunDriver<R, C>;

  constructor(options: RuntimeOptions<R, C>) {
    this.driver = options.driver;
    this.log = new TraceLog(this.agenda, options.describe);
    this.wire = new Wire(this.agenda, this.log, options.flight);
  }

  /** The virtual time of the last item taken. */
  get now(): number {
    return this.agenda.now;
  }

  /** Puts a call on the agenda at `t`. */
  call(t: number, call: C): void {
    this.agenda.push(t, RANK.call, { kind: 'call', call });
  }

  /** Schedules a connection's timer expiry (ConnectionHost). */
  schedule(at: number, conn: Connection, timer: TimerName, generation: number): void {
    this.agenda.push(at, RANK.timer, { kind: 'timer', conn, timer, generation });
  }

  /** Takes the next item and does what it says; false when nothing was pending. */
  step(): boolean {
    const item = this.agenda.next();
    if (item === undefined) return false;
    switch (item.kind) {
      case 'call':
        this.driver.call(item.call);
        break;
      case 'arrive':
        this.log.deliver(item.id);
        this.driver.arrive(item.route, item.segment);
        break;
      case 'drop':
        this.log.drop(item.id);
        break;
      case 'timer':
        item.conn.expire(item.timer, item.generation);
        break;
    }
    return true;
  }

  /**
   * Takes items until none is pending or `maxSteps` were taken, calling `afterStep` after each.
   * A work budget per caller (events, segments, simulated time) belongs here.
   */
  run(maxSteps: number, afterStep?: () => void): RunEnd {
    let steps = 0;
    while (this.agenda.size > 0) {
      if (++steps > maxSteps) return 'step-limit';
      this.step();
      afterStep?.();
    }
    return 'idle';
  }

  /** Takes every item due up to and including `t` (at most `maxSteps`); the clock then reads t. */
  runUntil(t: number, maxSteps: number): void {
    let steps = 0;
    for (let next = this.agenda.peekTime(); next !== undefined && next <= t;) {
      if (++steps > maxSteps) break;
      this.step();
      next = this.agenda.peekTime();
    }
    this.agenda.advanceTo(t);
  }
}
