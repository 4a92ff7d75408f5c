/**
 * The events of a run in the trace's vocabulary, each stamped with the run's clock, and the
 * state each lane is drawn in: a lane's state change is recorded only when it changes what the
 * lane shows.
 */
import type { CallName } from '../scenario.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { EndpointId, SendEvent, TimerName, TraceEvent, Why } from '../trace.ts';
import type { Clock } from './agenda.ts';

/** Turns a reason into its English sentence (the core's, or a run's own catalogue). */
export type Describe = (why: Why) => string;

/** Collects a run's trace events in order. */
export class TraceLog {
  /** Every event so far, in order. */
  readonly events: TraceEvent[] = [];
  private readonly lanes: Record<EndpointId, TcpStateName>;

  constructor(
    private readonly clock: Clock,
    /** The sentence of a reason, for the `reason` fields. */
    readonly describe: Describe,
    initial: Record<EndpointId, TcpStateName> = { client: 'CLOSED', server: 'CLOSED' },
  ) {
    this.lanes = { ...initial };
  }

  /** The state `lane` is drawn in now. */
  laneState(lane: EndpointId): TcpStateName {
    return this.lanes[lane];
  }

  /** An application call; `bytes` only for send(), `error` null when it was accepted. */
  call(
    endpoint: EndpointId,
    call: CallName,
    bytes: number | undefined,
    error: string | null,
  ): void {
    this.events.push({
      t: this.clock.now,
      type: 'call',
      endpoint,
      call,
      ...(bytes === undefined ? {} : { bytes }),
      error,
    });
  }

  /** A segment was put on the wire. */
  send(event: SendEvent): void {
    this.events.push(event);
  }

  /** A segment reached its destination. */
  deliver(id: number): void {
    this.events.push({ t: this.clock.now, type: 'deliver', id });
  }

  /** A segment was lost on the way. */
  drop(id: number): void {
    this.events.push({ t: this.clock.now, type: 'drop', id });
  }

  /** The machine drawn in `lane` entered `to`; nothing when the lane already shows it. */
  state(lane: EndpointId, to: TcpStateName, why: Why): void {
    const from = this.lanes[lane];
    if (to === from) return;
    this.events.push({
      t: this.clock.now,
      type: 'state',
      endpoint: lane,
      from,
      to,
      reason: this.describe(why),
      why,
    });
    this.lanes[lane] = to;
  }

  /** Something an endpoint reports, with its reason. */
  notice(endpoint: EndpointId, why: Why): void {
    this.events.push({
      t: this.clock.now,
      type: 'notice',
      endpoint,
      reason: this.describe(why),
      why,
    });
  }

  /** A timer drawn in `lane` started and will expire at `expiresAt`. */
  timerStarted(lane: EndpointId, timer: TimerName, expiresAt: number, durationMs: number): void {
    this.events.push({
      t: this.clock.now,
      type: 'timer',
      endpoint: lane,
      timer,
      action: 'start',
      expiresAt,
      durationMs,
    });
  }

  /** A timer drawn in `lane` stopped or expired. */
  timerEnded(lane: EndpointId, timer: TimerName, action: 'stop' | 'expire'): void {
    this.events.push({ t: this.clock.now, type: 'timer', endpoint: lane, timer, action });
  }

  /** Any other event of the run (a listener's backlog), stamped by its maker. */
  push(event: TraceEvent): void {
    this.events.push(event);
  }
}
