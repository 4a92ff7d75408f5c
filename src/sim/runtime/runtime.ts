/**
 * One run on the virtual clock: the agenda, the trace log and the wire, and the loop that takes
 * the agenda's items in order. The simulator, the SYN-flood run and anything that hosts
 * connections drive the same loop; each supplies only what its calls do and where an arriving
 * segment goes (`RunDriver`).
 */
import type { BudgetResource, WorkBudget } from '../budget.ts';
import type { Segment } from '../segment.ts';
import type { TimerName } from '../trace.ts';
import { Agenda, RANK } from './agenda.ts';
import type { ConnectionHost } from './connection-effects.ts';
import type { Connection } from './connection.ts';
import { TcbRecorder } from './tcb-recorder.ts';
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
  /** The work the run may do; without one it is bounded by `maxSteps` alone. */
  budget?: WorkBudget;
}

/** What `run` ended with: nothing pending, `maxSteps` taken, or the budget spent. */
export type RunEnd = 'idle' | 'step-limit' | 'budget';

/** A run: the clock and its queue, the trace so far, the wire. */
export class Runtime<R, C> implements ConnectionHost {
  readonly agenda = new Agenda<RunItem<R, C>>();
  readonly log: TraceLog;
  readonly wire: Wire<R>;
  /** The TCB table of the connections the run watches (`tcbs.watch`), beside its trace. */
  readonly tcbs = new TcbRecorder();
  private readonly driver: RunDriver<R, C>;
  private readonly budget: WorkBudget | undefined;
  private spent: BudgetResource | null = null;

  constructor(options: RuntimeOptions<R, C>) {
    this.driver = options.driver;
    this.budget = options.budget;
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
    const first = this.log.events.length;
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
    // Keyed by the item's first event (a call, an arrival, a timer's expiry): the player's step.
    this.tcbs.record(Math.min(first, this.log.events.length - 1));
    return true;
  }

  /** The resource the run ran out of, or null while it is within its budget. */
  get exhausted(): BudgetResource | null {
    return this.spent;
  }

  /**
   * Takes items until none is pending, `maxSteps` were taken or the budget is spent, calling
   * `afterStep` after each.
   */
  run(maxSteps: number, afterStep?: () => void): RunEnd {
    let steps = 0;
    while (this.agenda.size > 0) {
      if (this.overBudget()) return 'budget';
      if (++steps > maxSteps) return 'step-limit';
      this.step();
      afterStep?.();
    }
    return this.overBudget() ? 'budget' : 'idle';
  }

  /**
   * Takes every item due up to and including `t` (at most `maxSteps`, within the budget); the
   * clock then reads t.
   */
  runUntil(t: number, maxSteps: number): RunEnd {
    let steps = 0;
    for (let next = this.agenda.peekTime(); next !== undefined && next <= t;) {
      if (this.overBudget()) return 'budget';
      if (++steps > maxSteps) break;
      this.step();
      next = this.agenda.peekTime();
    }
    this.agenda.advanceTo(t);
    return this.overBudget() ? 'budget' : 'idle';
  }

  /** Whether the work so far passed the budget; notes which resource ran out first. */
  private overBudget(): boolean {
    const { budget } = this;
    if (budget === undefined) return false;
    if (this.spent !== null) return true;
    if (this.wire.sent > budget.segments) this.spent = 'segments';
    else if (this.log.events.length > budget.events) this.spent = 'events';
    else if ((this.agenda.peekTime() ?? this.now) > budget.simulatedMs) this.spent = 'simulatedMs';
    return this.spent !== null;
  }
}
