/** Questions answered from the endpoint machine's own configuration. */
import { tcpEndpointMachine } from './endpoint-machine.ts';
import type { CallName } from './scenario.ts';
import { TCP_STATES, type TcpStateName } from './tcp-state.ts';

/** The states in which the machine takes an application call, read from its transitions. */
export function statesAccepting(call: CallName): TcpStateName[] {
  const eventType = `app.${call}`;
  return TCP_STATES.filter((name) => {
    const node = tcpEndpointMachine.root.states[name];
    return node !== undefined && node.transitions.has(eventType);
  });
}
