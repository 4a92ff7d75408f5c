/** What an endpoint machine receives (events) and what it produces (emitted outputs). */
import type { Segment } from './segment.ts';
import type { TcpStateName } from './tcp-state.ts';
import type { AckBasis, TimerName, Why } from './trace.ts';

/** Events, dot-namespaced by source: the application, the network, the timers. */
export type EndpointEvent =
  | { type: 'app.listen'; t: number }
  | { type: 'app.connect'; t: number }
  | { type: 'app.send'; t: number; bytes: number }
  | { type: 'app.close'; t: number }
  | { type: 'app.abort'; t: number }
  | { type: 'segment.arrived'; t: number; segment: Segment }
  | { type: 'timer.retransmit'; t: number }
  | { type: 'timer.timeWait'; t: number }
  /** The Linux profile's timers: the delayed ACK and an orphaned FIN-WAIT-2's timeout. */
  | { type: 'timer.delayedAck'; t: number }
  | { type: 'timer.finWait2'; t: number }
  /** Raised internally when a segment completed the peer's FIN after a state change. */
  | { type: 'fin.reached'; t: number; finSeq: number };

/**
 * The event that tells the machine one of its named timers fired. A new timer (a behaviour
 * profile's delayed ACK, say) is a new entry here and a new event above; the runtime schedules
 * and expires every timer the same way, by name.
 */
export const TIMER_EVENTS = {
  retransmit: 'timer.retransmit',
  'time-wait': 'timer.timeWait',
  'delayed-ack': 'timer.delayedAck',
  'fin-wait-2': 'timer.finWait2',
} as const satisfies Record<TimerName, EndpointEvent['type']>;

/** The event of timer `timer` firing at `t`. */
export function timerEvent(timer: TimerName, t: number): EndpointEvent {
  return { type: TIMER_EVENTS[timer], t };
}

/** Outputs the machine emits while it handles an event, in order. */
export type EndpointOutput =
  | {
      type: 'out.segment';
      segment: Segment;
      retransmission: boolean;
      ackBasis: AckBasis | null;
      why: Why;
    }
  | { type: 'out.timer'; timer: TimerName; action: 'start' | 'stop'; ms?: number }
  | { type: 'out.state'; to: TcpStateName; why: Why }
  | { type: 'out.notice'; why: Why };
