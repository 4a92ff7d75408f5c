/**
 * The edges of the state diagram, read from the endpoint machine's configuration. The build
 * evaluates this module and ships the list as data (scripts/vite/precomputed.ts), so drawing the
 * diagram needs neither the machine nor XState.
 */
import { COOKIE_TRANSITION, tcpEndpointMachine } from '../sim/index.ts';
import { machineEdges, type MachineEdge } from './stateDiagram.ts';

/** Every state-changing transition of the endpoint machine. */
export const ENDPOINT_EDGES: readonly MachineEdge[] = machineEdges(tcpEndpointMachine, [
  COOKIE_TRANSITION,
]);
