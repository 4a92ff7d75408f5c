/** Narrow selectors over the player actor: each component subscribes to exactly what it shows. */
import { usePlayerActor } from './contexts.ts';
import { usePlayerValue } from './usePlayerHandle.ts';
import type { Speed } from '../../player/index.ts';

/** The current step (0 = start). */
export function useCursor(): number {
  return usePlayerValue(usePlayerActor(), (s) => s.context.cursor);
}

/** Whether the player is playing. */
export function useIsPlaying(): boolean {
  return usePlayerValue(usePlayerActor(), (s) => s.matches('playing'));
}

/** The speed. */
export function useSpeed(): Speed {
  return usePlayerValue(usePlayerActor(), (s) => s.context.speed);
}

/** Whether the last step has been reached. */
export function useIsAtEnd(): boolean {
  return usePlayerValue(usePlayerActor(), (s) => s.context.cursor >= s.context.schedule.count);
}
