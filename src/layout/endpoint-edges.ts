/**
 * The edges of the state diagram, read from the endpoint machine's configuration. The build
 * evaluates this module and ships the list as data (scripts/vite/precomputed.ts), so drawing the
 * diagram needs neither the machine nor XState.
 */
import { COOKIE_TRANSITION, tcpEndpointMachine } from '../sim/index.ts';
import { machineEdges, type MachineEdge } from './stateDiagram.ts';

/** The Linux profile's reasons: they name the kernel, not a transition of RFC 9293's figure. */
const isLinuxCode = (code: string) => code.startsWith('linux-');

/**
 * Every state-changing transition of the endpoint machine as RFC 9293 has it: a Linux-only
 * transition (all its reasons Linux's) is left out, and so are the Linux reasons of the others,
 * so that the first view ships none of the Linux profile.
 */
export const ENDPOINT_EDGES: readonly MachineEdge[] = machineEdges(tcpEndpointMachine, [
  COOKIE_TRANSITION,
])
  .filter((e) => !e.reasons.every(isLinuxCode))
  .map((e) => ({ ...e, reasons: e.reasons.filter((r) => !isLinuxCode(r)) }));
