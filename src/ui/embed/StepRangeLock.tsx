/**
 * Keeps the player inside a range of steps: a step before `from` or after `to` snaps back to the
 * edge, and Play at the end of the range starts it over from its beginning.
 */
import { useEffect } from 'react';
import { usePlayerActor } from '../run/index.ts';

export function StepRangeLock({ from, to }: { from: number | null; to: number | null }) {
  const actor = usePlayerActor();
  useEffect(() => {
    if (from === null && to === null) return undefined;
    let wasPlaying = actor.getSnapshot().matches('playing');
    const sub = actor.subscribe((s) => {
      const cursor = s.context.cursor;
      const playing = s.matches('playing');
      const startedAtEnd = playing && !wasPlaying && to !== null && cursor >= to;
      wasPlaying = playing;
      if (startedAtEnd) {
        actor.send({ type: 'player.goToStep', step: from ?? 0 });
        actor.send({ type: 'player.play' });
      } else if (to !== null && cursor > to) {
        actor.send({ type: 'player.goToStep', step: to });
      } else if (from !== null && cursor < from) {
        actor.send({ type: 'player.goToStep', step: from });
      }
    });
    return () => {
      sub.unsubscribe();
    };
  }, [actor, from, to]);
  return null;
}
