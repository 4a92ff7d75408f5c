/** What the parts of one SYN-flood run share: its settings, runtime, tables and generator. */
import type { Rng } from '../rng.ts';
import type { Runtime } from '../runtime/index.ts';
import type { EndpointId } from '../trace.ts';
import type { SynFloodConfig } from './flood-config.ts';
import type { Peer } from './flood-hosts.ts';
import type { HeldConnections } from './held-connections.ts';

/** What the run's agenda calls: the applications' calls and the attacker's SYNs. */
export type FloodCall = { kind: 'listen' } | { kind: 'connect' } | { kind: 'spoof'; n: number };

/** Where a segment arrives: a lane, and the host it comes from (forged, for an attacker's SYN). */
export interface FloodRoute {
  to: EndpointId;
  from: Peer;
}

/** One run's shared state; every part reads the same clock and draws from the same generator. */
export interface FloodContext {
  readonly config: SynFloodConfig;
  readonly runtime: Runtime<FloodRoute, FloodCall>;
  readonly held: HeldConnections;
  readonly rng: Rng;
  /** The listener's cookie secret. */
  readonly secret: number;
}
