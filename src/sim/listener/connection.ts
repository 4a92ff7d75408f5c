/**
 * One endpoint machine as a listener or a client holds it: an actor, its emitted outputs per
 * event (each state change moved before the outputs of its transition, as the two-endpoint
 * simulator orders them), and generation counters that make a restarted timer's old expiry
 * harmless.
 */
import { createActor, type Actor } from 'xstate';
import type { EndpointEvent, EndpointOutput } from '../endpoint-events.ts';
import { tcpEndpointMachine } from '../endpoint-machine.ts';
import type { EndpointConfig } from '../tcb.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type { TimerName } from '../trace.ts';
import { statesFirst } from '../states-first.ts';

export class Connection {
  private readonly actor: Actor<typeof tcpEndpointMachine>;
  private pending: EndpointOutput[] = [];
  /** Bumped on every start and stop: a timer item carrying an older number is stale. */
  readonly timerGeneration: Record<TimerName, number> = { retransmit: 0, 'time-wait': 0 };
  /** Timers whose start went into the trace, so their stop may too. */
  readonly timersShown = new Set<TimerName>();
  /** False once the listener has let go of it: its pending timers then do nothing. */
  alive = true;

  constructor(readonly config: EndpointConfig) {
    this.actor = createActor(tcpEndpointMachine, { input: config });
    this.actor.on('*', (output) => {
      this.pending.push(output);
    });
    this.actor.start();
    this.pending = [];
  }

  /** The machine's state now. */
  get state(): TcpStateName {
    return this.actor.getSnapshot().value;
  }

  /** The machine's send sequence start (its ISS). */
  get iss(): number {
    return this.actor.getSnapshot().context.iss;
  }

  /** Hands the machine an event and returns what it emitted, causes first. */
  dispatch(event: EndpointEvent): EndpointOutput[] {
    this.pending = [];
    this.actor.send(event);
    const outputs = statesFirst(this.pending);
    this.pending = [];
    return outputs;
  }

  /** Stops the actor for good. */
  close(): void {
    this.alive = false;
    this.actor.stop();
  }
}
