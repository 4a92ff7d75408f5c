/**
 * A run's player: a LazyPlayer over its schedule, whose machine loads after the first paint (a
 * chunk that will not load on the second try goes to the nearest error boundary), and a narrow
 * selector over it that re-renders only when the selected value changes.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { loadChunk } from '../../links/index.ts';
import type { PlayerInput } from '../../player/index.ts';
import {
  LazyPlayer,
  type PlayerActor,
  type PlayerSnapshot,
  type StartedPlayer,
} from './lazyPlayer.ts';

/** The machine's starter once its chunk has loaded: later players start at once. */
let loadedStart: ((input: PlayerInput) => StartedPlayer) | null = null;

/** The player for `input` (read once, at mount), and whether its machine has taken over. */
export function usePlayerHandle(input: PlayerInput): { actor: LazyPlayer; started: boolean } {
  const [actor] = useState(() => new LazyPlayer(input));
  const [started, setStarted] = useState(loadedStart !== null);
  const [, setFailure] = useState<null>(null);
  useEffect(() => {
    let live = true;
    if (loadedStart !== null) actor.start(loadedStart);
    else {
      loadChunk(() => import('./startPlayer.ts')).then(
        ({ startPlayer }) => {
          loadedStart = startPlayer;
          if (!live) return;
          actor.start(startPlayer);
          setStarted(true);
        },
        (error: unknown) => {
          if (live) {
            setFailure(() => {
              throw error;
            });
          }
        },
      );
    }
    return () => {
      live = false;
      actor.stop();
    };
  }, [actor]);
  return { actor, started };
}

/** The value `select` picks from the player's snapshot, kept current. */
export function usePlayerValue<T>(actor: PlayerActor, select: (snapshot: PlayerSnapshot) => T): T {
  const subscribe = useCallback(
    (onChange: () => void) => actor.subscribe(onChange).unsubscribe,
    [actor],
  );
  return useSyncExternalStore(subscribe, () => select(actor.getSnapshot()));
}
