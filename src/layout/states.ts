/**
 * The state-name type, taken from the core's events (the core's index does not export
 * `TcpStateName` itself).
 */
import type { StateEvent } from '../sim/index.ts';

/** One of the eleven RFC 9293 connection states, spelled as the RFC spells them. */
export type TcpStateName = StateEvent['to'];
