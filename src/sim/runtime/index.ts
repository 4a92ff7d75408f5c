/**
 * The one runtime every run of endpoint machines uses: a connection (machine, timers, effects),
 * an agenda (the ordered queue of calls, arrivals and timers on the virtual clock), a wire
 * (transmissions with their delays and faults) and the trace log.
 */
export { Agenda, RANK, type Clock, type Rank } from './agenda.ts';
export { Connection, type ConnectionStart } from './connection.ts';
export type { ConnectionEffects, ConnectionHost, SegmentOutput } from './connection-effects.ts';
export { LaneEffects } from './lane-effects.ts';
export { ReplayHost } from './replay-host.ts';
export { Runtime, type RunDriver } from './runtime.ts';
export { TcbRecorder } from './tcb-recorder.ts';
export { TraceLog } from './trace-log.ts';
export { Wire, type Flight, type FlightPolicy, type WireItem } from './wire.ts';
