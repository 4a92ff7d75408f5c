/**
 * The events of a SYN-flood run in the trace's vocabulary, each stamped with the run's clock.
 * A lane's state change is recorded only when the lane's drawn state changes, and a backlog
 * event only when the queue's entries do.
 */
import { describe } from '../reasons.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { BacklogEntry, EndpointId, SendEvent, TimerName, TraceEvent, Why } from '../trace.ts';
import type { FloodClock } from './flood-agenda.ts';
import { FLOOD_REASONS, describeFlood } from './flood-reasons.ts';

/** Collects a run's trace events in order. */
export class FloodRecorder {
  /** Every event so far, in order. */
  readonly events: TraceEvent[] = [];
  /** Each lane's state as the trace last drew it. */
  readonly laneState: Record<EndpointId, TcpStateName> = { client: 'CLOSED', server: 'CLOSED' };
  private lastBacklog = '';

  constructor(private readonly clock: FloodClock) {}

  /** An application call that was accepted. */
  call(endpoint: EndpointId, call: 'listen' | 'connect'): void {
    this.events.push({ t: this.clock.now, type: 'call', endpoint, call, error: null });
  }

  /** A segment reached its destination. */
  deliver(id: number): void {
    this.events.push({ t: this.clock.now, type: 'deliver', id });
  }

  /** A segment was lost on the way. */
  drop(id: number): void {
    this.events.push({ t: this.clock.now, type: 'drop', id });
  }

  /** A segment was put on the wire. */
  send(event: SendEvent): void {
    this.events.push(event);
  }

  /** The machine drawn in `lane` entered `to`; nothing when the lane already shows it. */
  state(lane: EndpointId, to: TcpStateName, w: Why): void {
    const from = this.laneState[lane];
    if (to === from) return;
    this.events.push({
      t: this.clock.now,
      type: 'state',
      endpoint: lane,
      from,
      to,
      reason: sentence(w),
      why: w,
    });
    this.laneState[lane] = to;
  }

  /** Something an endpoint reports, with its reason. */
  notice(endpoint: EndpointId, w: Why): void {
    this.events.push({
      t: this.clock.now,
      type: 'notice',
      endpoint,
      reason: sentence(w),
      why: w,
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

  /** The listener's SYN queue as it is now; nothing when its entries have not changed. */
  backlog(entries: BacklogEntry[], capacity: number, cookies: boolean): void {
    const fingerprint = JSON.stringify(entries);
    if (fingerprint === this.lastBacklog) return;
    this.lastBacklog = fingerprint;
    this.events.push({
      t: this.clock.now,
      type: 'backlog',
      endpoint: 'server',
      size: entries.length,
      capacity,
      cookies,
      entries,
    });
  }
}

/** The English sentence of a core or flood reason. */
export function sentence(w: Why): string {
  return w.code in FLOOD_REASONS ? describeFlood(w) : describe(w);
}
