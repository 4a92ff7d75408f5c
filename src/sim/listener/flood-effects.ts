/**
 * The effects of a SYN-flood run's connections: drawn in their lane when they have one (the
 * legitimate client and its server connection), and kept up to date in the listener's backlog
 * view when the listener holds them (SYN+ACKs sent, next retransmission).
 */
import type { EndpointEvent } from '../endpoint-events.ts';
import {
  Connection,
  LaneEffects,
  type ConnectionEffects,
  type SegmentOutput,
} from '../runtime/index.ts';
import type { Segment } from '../segment.ts';
import type { EndpointConfig } from '../tcb.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { TimerName, Why } from '../trace.ts';
import type { FloodContext } from './flood-context.ts';
import type { Role } from './flood-hosts.ts';
import { floodTransmit } from './flood-wire.ts';
import type { HeldConnection } from './held-connections.ts';

/** The event that hands a machine a segment arriving now. */
export function arrivalAt(t: number, segment: Segment): EndpointEvent {
  return { type: 'segment.arrived', t, segment };
}

/** A new connection of the run, whose outputs take effect under `role`. */
export function floodConnection(run: FloodContext, config: EndpointConfig, role: Role): Connection {
  return new Connection(config, (conn) => new FloodEffects(run, conn, role), run.runtime);
}

class FloodEffects implements ConnectionEffects {
  private readonly lane: LaneEffects;

  constructor(
    private readonly run: FloodContext,
    private readonly conn: Connection,
    private readonly role: Role,
  ) {
    this.lane = new LaneEffects(
      run.runtime.log,
      role.lane,
      (output) => {
        floodTransmit(run, role.side, role.peer, output, conn);
      },
      { showStopAfterExpiry: false },
    );
  }

  /** The listener's entry for this connection, when the listener holds it. */
  private get entry(): HeldConnection | undefined {
    if (this.role.side !== 'server') return undefined;
    const held = this.run.held.get(this.role.peer);
    return held?.conn === this.conn ? held : undefined;
  }

  state(to: TcpStateName, why: Why): void {
    this.lane.state(to, why);
  }

  notice(why: Why): void {
    this.lane.notice(why);
  }

  timerStarted(timer: TimerName, expiresAt: number, durationMs: number): void {
    const entry = this.entry;
    if (entry !== undefined) entry.nextRetransmitAt = expiresAt;
    this.lane.timerStarted(timer, expiresAt, durationMs);
  }

  timerStopped(timer: TimerName, wasRunning: boolean): void {
    const entry = this.entry;
    if (entry !== undefined) entry.nextRetransmitAt = null;
    this.lane.timerStopped(timer, wasRunning);
  }

  timerExpired(timer: TimerName): void {
    const entry = this.entry;
    if (entry !== undefined) entry.nextRetransmitAt = null;
    this.lane.timerExpired(timer);
  }

  segment(output: SegmentOutput): void {
    const entry = this.entry;
    if (entry !== undefined && output.segment.ctl.syn) entry.synAcksSent += 1;
    this.lane.segment(output);
  }
}
