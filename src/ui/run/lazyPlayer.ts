/**
 * The player actor, as the UI holds it: a handle that stands in for the player machine's actor
 * until the machine (and XState) have loaded, after the first paint. Until then it shows the
 * machine's own initial snapshot (the same context function) and keeps the events sent to it;
 * then it hands them, in order, to the started actor and forwards everything to it.
 */
import {
  initialPlayerContext,
  type PlayerContext,
  type PlayerEvent,
  type PlayerInput,
  type PlayerState,
} from '../../player/index.ts';

/** What the UI reads of a player snapshot. */
export interface PlayerSnapshot {
  context: PlayerContext;
  matches: (state: PlayerState) => boolean;
}

/** The part of an XState actor the UI uses. */
export interface PlayerActor {
  send: (event: PlayerEvent) => void;
  getSnapshot: () => PlayerSnapshot;
  subscribe: (listener: (snapshot: PlayerSnapshot) => void) => { unsubscribe: () => void };
}

/** A started player machine actor (see startPlayer.ts). */
export interface StartedPlayer extends PlayerActor {
  stop: () => void;
}

export class LazyPlayer implements PlayerActor {
  private actor: StartedPlayer | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly pending: PlayerEvent[] = [];
  private readonly listeners = new Set<(snapshot: PlayerSnapshot) => void>();
  private readonly initial: PlayerSnapshot;

  constructor(readonly input: PlayerInput) {
    const context = initialPlayerContext(input);
    this.initial = { context, matches: (state) => state === 'paused' };
  }

  /** Whether the machine has taken over. */
  get started(): boolean {
    return this.actor !== null;
  }

  send = (event: PlayerEvent): void => {
    if (this.actor === null) this.pending.push(event);
    else this.actor.send(event);
  };

  getSnapshot = (): PlayerSnapshot => this.actor?.getSnapshot() ?? this.initial;

  subscribe = (listener: (snapshot: PlayerSnapshot) => void): { unsubscribe: () => void } => {
    this.listeners.add(listener);
    return { unsubscribe: () => this.listeners.delete(listener) };
  };

  /** Hands over to the machine's actor, started from the same input. */
  start(start: (input: PlayerInput) => StartedPlayer): void {
    if (this.actor !== null) return;
    const actor = start(this.input);
    this.actor = actor;
    this.unsubscribe = actor.subscribe((snapshot) => {
      this.notify(snapshot);
    }).unsubscribe;
    for (const event of this.pending.splice(0)) actor.send(event);
    this.notify(actor.getSnapshot());
  }

  /** Stops the machine's actor (the view is gone). */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.actor?.stop();
    this.actor = null;
  }

  private notify(snapshot: PlayerSnapshot): void {
    for (const listener of this.listeners) listener(snapshot);
  }
}
