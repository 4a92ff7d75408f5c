/**
 * The effects of a connection drawn in one lane of the trace: its state changes, notices and
 * timers are recorded there, and its segments go to the holder's transmit function. A
 * connection in no lane (a SYN-flood listener's half-open entry for a forged address) records
 * nothing but still transmits.
 */
import type { TcpStateName } from '../tcp-state.ts';
import type { EndpointId, TimerName, Why } from '../trace.ts';
import type { ConnectionEffects, SegmentOutput } from './connection-effects.ts';
import type { TraceLog } from './trace-log.ts';

/** How a lane shows a timer the machine stops after it already fired. */
export interface LaneOptions {
  /**
   * The machine stops its retransmission timer when it gives up, right after that timer fired.
   * The two-endpoint simulator has always recorded that stop; the SYN-flood run does not.
   */
  showStopAfterExpiry: boolean;
}

/** A connection's effects in `lane`, or in none. */
export class LaneEffects implements ConnectionEffects {
  constructor(
    private readonly log: TraceLog,
    private readonly lane: EndpointId | null,
    private readonly transmit: (output: SegmentOutput) => void,
    private readonly options: LaneOptions,
  ) {}

  state(to: TcpStateName, why: Why): void {
    if (this.lane !== null) this.log.state(this.lane, to, why);
  }

  notice(why: Why): void {
    if (this.lane !== null) this.log.notice(this.lane, why);
  }

  timerStarted(timer: TimerName, expiresAt: number, durationMs: number): void {
    if (this.lane !== null) this.log.timerStarted(this.lane, timer, expiresAt, durationMs);
  }

  timerStopped(timer: TimerName, wasRunning: boolean): void {
    if (this.lane === null || !(wasRunning || this.options.showStopAfterExpiry)) return;
    this.log.timerEnded(this.lane, timer, 'stop');
  }

  timerExpired(timer: TimerName): void {
    if (this.lane !== null) this.log.timerEnded(this.lane, timer, 'expire');
  }

  segment(output: SegmentOutput): void {
    this.transmit(output);
  }
}
