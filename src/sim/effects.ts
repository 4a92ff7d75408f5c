/**
 * A scratch copy of the TCB plus the outputs produced while one action runs. Pure functions of
 * the core take an Effects, change `fx.tcb` (a fresh shallow copy, never the machine's own) and
 * append outputs; the machine then assigns and emits them in order.
 */
import type { EndpointEvent, EndpointOutput } from './endpoint-events.ts';
import type { RetransmissionEntry, Tcb } from './tcb.ts';
import type { TimerName, Why } from './trace.ts';

export class Effects {
  readonly tcb: Tcb;
  readonly out: EndpointOutput[] = [];
  readonly raised: EndpointEvent[] = [];
  /** Set when the segment being processed must be acknowledged (maybe by a data segment). */
  ackWhy: Why | null = null;
  /** Data or a FIN arrived during this action (Linux may delay its ACK; never a SYN's). */
  textArrived = false;
  /** The peer's FIN came into order during this action (Linux acknowledges it by its state). */
  finArrived = false;
  /** Whether a segment carrying ACK has gone out during this action. */
  ackSent = false;
  /** SEG.SEQ of the segment that triggered the ACK (its SACK block goes first, RFC 2018 §4). */
  sackTrigger: number | null = null;
  /** The retransmission queue this action copied and may extend in place. */
  private ownQueue: RetransmissionEntry[] | null = null;

  constructor(
    tcb: Tcb,
    /** The virtual time of the event being handled. */
    readonly now: number,
  ) {
    this.tcb = { ...tcb };
  }

  /**
   * Appends to the retransmission queue. The queue is copied once per action, not once per
   * segment (a burst of N segments would copy it N times): the TCB it came from is never changed.
   */
  queueForRetransmission(entry: RetransmissionEntry): void {
    if (this.ownQueue === null || this.tcb.retransmissionQueue !== this.ownQueue) {
      this.ownQueue = [...this.tcb.retransmissionQueue];
      this.tcb.retransmissionQueue = this.ownQueue;
    }
    this.ownQueue.push(entry);
  }

  notice(w: Why): void {
    this.out.push({ type: 'out.notice', why: w });
  }

  /** Asks for a named timer, to fire `ms` from now (a restart if it runs). */
  startTimer(timer: TimerName, ms: number): void {
    this.out.push({ type: 'out.timer', timer, action: 'start', ms });
    this.markTimer(timer, true);
  }

  /** Stops a named timer if it runs. */
  stopTimer(timer: TimerName): void {
    if (!this.tcb.timers[timer]) return;
    this.out.push({ type: 'out.timer', timer, action: 'stop' });
    this.markTimer(timer, false);
  }

  /** The timer fired: it no longer runs, and there is nothing to stop. */
  timerFired(timer: TimerName): void {
    this.markTimer(timer, false);
  }

  /** The TCB is a value: the timer flags are replaced, not changed in place. */
  private markTimer(timer: TimerName, running: boolean): void {
    if (this.tcb.timers[timer] === running) return;
    this.tcb.timers = { ...this.tcb.timers, [timer]: running };
  }
}
