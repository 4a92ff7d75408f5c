/**
 * The one runtime every run of endpoint machines uses: a connection (machine, timers, effects),
 * an agenda (the ordered queue of calls, arrivals and timers on the virtual clock), a wire
 * (transmissions with their delays and faults) and the trace log.
 */
export { Agenda, RANK, type Clock, type Rank } from './agenda.ts';
export { Connection, type ConnectionOptions, type ConnectionStart } from './connection.ts';
export type { ConnectionEffects, ConnectionHost, SegmentOutput } from './connection-effects.ts';
export { LaneEffects, type LaneOptions } from './lane-effects.ts';
export { ReplayHost } from './replay-host.ts';
export {
  Runtime,
  type RunDriver,
  type RunEnd,
  type RunItem,
  type RuntimeOptions,
} from './runtime.ts';
export { TraceLog, type Describe } from './trace-log.ts';
export { Wire, type Flight, type FlightPolicy, type Transmission, type WireItem } from './wire.ts';
