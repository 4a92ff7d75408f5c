/**
 * Steps the endpoint machine purely, as XState's `transition()` does, and collects what it
 * emits. `transition(machine, snapshot, event)` builds a throwaway actor (and evaluates the
 * machine's initial context without input) on every call, which costs more than the step itself
 * in a 1 MB transfer; this calls the same `machine.transition(snapshot, event, scope)` with one
 * inert scope per connection. Nothing is executed: `emit` actions are only collected, and the
 * machine uses no other effectful action (timers are outputs too, see endpoint-machine.ts).
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { EndpointEvent, EndpointOutput } from '../endpoint-events.ts';
import { tcpEndpointMachine } from '../endpoint-machine.ts';
import type { EndpointConfig } from '../tcb.ts';

/** A snapshot of the endpoint machine. */
export type EndpointSnapshot = SnapshotFrom<typeof tcpEndpointMachine>;

/** The actor scope `machine.transition` takes. */
type EndpointScope = Parameters<typeof tcpEndpointMachine.transition>[2];

/** The parameters of a resolved `emit` action. */
interface EmitParams {
  event: EndpointOutput;
}

const ignore = (): void => {
  // An inert scope: nothing is deferred, logged, emitted or stopped.
};

/** One connection's way of stepping its machine. */
export class MachineStep {
  /** The machine's initial snapshot for the configuration (CLOSED, entry effects not run). */
  readonly initial: EndpointSnapshot;
  private readonly scope: EndpointScope;
  private emitted: EndpointOutput[] = [];

  constructor(config: EndpointConfig) {
    // An actor that is never started: it holds the initial snapshot and stands as `self`.
    const self = createActor(tcpEndpointMachine, { input: config });
    this.initial = self.getSnapshot();
    this.scope = {
      self,
      id: '',
      sessionId: '',
      logger: ignore,
      defer: ignore,
      emit: ignore,
      system: self.system,
      stopChild: ignore,
      actionExecutor: (action) => {
        if (action.type === 'xstate.emit') this.emitted.push((action.params as EmitParams).event);
      },
    };
  }

  /** The next snapshot after `event`, and what the machine emitted on the way, in order. */
  next(snapshot: EndpointSnapshot, event: EndpointEvent): [EndpointSnapshot, EndpointOutput[]] {
    this.emitted = [];
    const next = tcpEndpointMachine.transition(snapshot, event, this.scope);
    return [next, this.emitted];
  }
}
