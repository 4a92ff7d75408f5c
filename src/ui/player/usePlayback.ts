/**
 * The only wall-clock code in the app: while the player is playing, every animation frame sends
 * the elapsed time to the player machine, and the playhead's display time follows the machine.
 * With reduced motion the playhead jumps from step to step instead of gliding.
 */
import { useEffect } from 'react';
import { useMotionValue, useReducedMotion, type MotionValue } from 'framer-motion';
import { displayTimeAt } from '../../layout/index.ts';
import { usePlayerValue, type PlayerActor } from '../run/index.ts';

/** Longest frame we advance by: after a background tab, do not leap ahead. */
const MAX_FRAME_MS = 100;

/** Drives the player from animation frames and returns the playhead's display time. */
export function usePlayback(actor: PlayerActor): MotionValue<number> {
  const reduced = useReducedMotion() === true;
  const playing = usePlayerValue(actor, (s) => s.matches('playing'));
  const initial = actor.getSnapshot().context;
  const displayTime = useMotionValue(displayTimeAt(initial.schedule, initial.position));

  useEffect(() => {
    const follow = (): void => {
      const { schedule, position, cursor } = actor.getSnapshot().context;
      displayTime.set(reduced ? (schedule.d[cursor] ?? 0) : displayTimeAt(schedule, position));
    };
    follow();
    const sub = actor.subscribe(follow);
    return () => {
      sub.unsubscribe();
    };
  }, [actor, displayTime, reduced]);

  useEffect(() => {
    if (!playing) return undefined;
    let last = performance.now();
    let id = requestAnimationFrame(function frame(now: number) {
      actor.send({ type: 'player.tick', wallMs: Math.min(MAX_FRAME_MS, Math.max(0, now - last)) });
      last = now;
      id = requestAnimationFrame(frame);
    });
    return () => {
      cancelAnimationFrame(id);
    };
  }, [actor, playing]);

  return displayTime;
}
