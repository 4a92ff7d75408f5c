/**
 * A host for connections replayed from a record (capture inference): its clock is whatever
 * instant the replay is at, set by the caller, and no timer ever runs, so the states are the
 * ones the record supports.
 */
import type { ConnectionHost } from './connection-effects.ts';

/** A clock the caller sets; timers are never scheduled. */
export class ReplayHost implements ConnectionHost {
  /** The instant being replayed. */
  now = 0;

  schedule(): void {
    // A replay has no agenda: what the machine asks for is not what the record shows.
  }
}
