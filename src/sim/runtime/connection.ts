/**
 * One connection: an endpoint machine stepped purely (machine-step.ts), its named
 * timers, and the effects its outputs have. The snapshot is a value: `tcb` after a dispatch is
 * the machine's own context, never copied and never changed afterwards, so a caller can keep it
 * (a TCB panel, a per-step snapshot in a trace) at no cost.
 */
import { timerEvent, type EndpointEvent, type EndpointOutput } from '../endpoint-events.ts';
import { tcpEndpointMachine } from '../endpoint-machine.ts';
import { statesFirst } from '../states-first.ts';
import type { EndpointConfig, Tcb } from '../tcb.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { TimerName } from '../trace.ts';
import type { ConnectionEffects, ConnectionHost } from './connection-effects.ts';
import { MachineStep, type EndpointSnapshot } from './machine-step.ts';
import { TimerTable } from './timer-table.ts';

/** A connection that starts mid-way (a capture that begins after the handshake). */
export interface ConnectionStart {
  state: TcpStateName;
  /** The TCB in that state, made from the configuration's fresh TCB. */
  tcb: (fresh: Tcb) => Tcb;
}

/** How a connection is set up beyond its configuration. */
export interface ConnectionOptions {
  /** Start in this state instead of CLOSED. */
  start?: ConnectionStart;
  /**
   * Move each state change before the outputs of the transition into it (the default), as
   * simulated traces read: cause first. Capture inference keeps the machine's own order, in
   * which a transition's notice comes before the state it enters; its traces have always read so.
   */
  causesFirst?: boolean;
}

/** An endpoint machine with its timers and effects. */
export class Connection {
  private snapshot: EndpointSnapshot;
  private readonly machine: MachineStep;
  private readonly timers = new TimerTable();
  private readonly effects: ConnectionEffects;
  private readonly causesFirst: boolean;
  private open = true;

  /**
   * `effectsOf` makes the connection's effects; it gets the connection itself, since a sender
   * is known by it on the wire and in a listener's tables.
   */
  constructor(
    readonly config: EndpointConfig,
    effectsOf: (conn: Connection) => ConnectionEffects,
    private readonly host: ConnectionHost,
    options: ConnectionOptions = {},
  ) {
    this.effects = effectsOf(this);
    this.causesFirst = options.causesFirst ?? true;
    const { start } = options;
    this.machine = new MachineStep(config);
    // The initial entry announces CLOSED, which every holder already draws: it is not an effect.
    const { initial } = this.machine;
    this.snapshot =
      start === undefined
        ? initial
        : tcpEndpointMachine.resolveState({
            value: start.state,
            context: start.tcb(initial.context),
          });
  }

  /** The machine's state now. */
  get state(): TcpStateName {
    return this.snapshot.value;
  }

  /** The machine's TCB now (an immutable value: a new object after every change). */
  get tcb(): Tcb {
    return this.snapshot.context;
  }

  /** False once its holder has let it go: its pending timers then do nothing. */
  get alive(): boolean {
    return this.open;
  }

  /** Whether the machine, as it is now, takes the event (XState's `snapshot.can`). */
  can(event: EndpointEvent): boolean {
    return this.snapshot.can(event);
  }

  /**
   * Steps the machine and returns its outputs (causes first, unless the connection keeps the
   * machine's order); nothing takes effect. `apply` them, or use `handle`.
   */
  dispatch(event: EndpointEvent): EndpointOutput[] {
    const [next, outputs] = this.machine.next(this.snapshot, event);
    this.snapshot = next;
    return this.causesFirst ? statesFirst(outputs) : outputs;
  }

  /** Steps the machine and applies its outputs. */
  handle(event: EndpointEvent): void {
    this.apply(this.dispatch(event));
  }

  /** Gives outputs their effects: timers scheduled on the host, the rest to the holder. */
  apply(outputs: readonly EndpointOutput[]): void {
    for (const o of outputs) {
      switch (o.type) {
        case 'out.state':
          this.effects.state(o.to, o.why);
          break;
        case 'out.notice':
          this.effects.notice(o.why);
          break;
        case 'out.timer':
          if (o.action === 'start') this.startTimer(o.timer, o.ms ?? 0);
          else this.effects.timerStopped(o.timer, this.timers.stop(o.timer));
          break;
        case 'out.segment':
          this.effects.segment(o);
          break;
      }
    }
  }

  /**
   * A scheduled expiry comes due. Nothing happens when the connection was let go or the timer
   * was restarted or stopped since (a stale generation); otherwise the machine gets the timer's
   * event.
   */
  expire(timer: TimerName, generation: number): void {
    if (!this.open || !this.timers.expire(timer, generation)) return;
    this.effects.timerExpired(timer);
    this.handle(timerEvent(timer, this.host.now));
  }

  /** Lets the connection go: pending timers of it are ignored from now on. */
  close(): void {
    this.open = false;
  }

  private startTimer(timer: TimerName, ms: number): void {
    const generation = this.timers.start(timer);
    const at = this.host.now + ms;
    this.host.schedule(at, this, timer, generation);
    this.effects.timerStarted(timer, at, ms);
  }
}
