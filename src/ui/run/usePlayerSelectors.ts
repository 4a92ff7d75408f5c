/** Narrow selectors over the player actor: each component subscribes to exactly what it shows. */
import { useSelector } from '@xstate/react';
import { usePlayerActor } from './contexts.ts';
import type { Speed } from '../../player/index.ts';

/** The current step (0 = start). */
export function useCursor(): number {
  return useSelector(usePlayerActor(), (s) => s.context.cursor);
}

/** Whether the player is playing. */
export function useIsPlaying(): boolean {
  return useSelector(usePlayerActor(), (s) => s.matches('playing'));
}

/** The speed. */
export function useSpeed(): Speed {
  return useSelector(usePlayerActor(), (s) => s.context.speed);
}

/** Whether the last step has been reached. */
export function useIsAtEnd(): boolean {
  return useSelector(usePlayerActor(), (s) => s.context.cursor >= s.context.schedule.count);
}
