/** What the parts of one SYN-flood run share: its settings, clock, record, network and tables. */
import type { Rng } from '../rng.ts';
import type { FloodAgenda } from './flood-agenda.ts';
import type { SynFloodConfig } from './flood-config.ts';
import type { FloodRecorder } from './flood-recorder.ts';
import type { FloodWire } from './flood-wire.ts';
import type { HeldConnections } from './held-connections.ts';

/** One run's shared state; every part reads the same clock and draws from the same generator. */
export interface FloodContext {
  readonly config: SynFloodConfig;
  readonly agenda: FloodAgenda;
  readonly recorder: FloodRecorder;
  readonly wire: FloodWire;
  readonly held: HeldConnections;
  readonly rng: Rng;
  /** The listener's cookie secret. */
  readonly secret: number;
}
