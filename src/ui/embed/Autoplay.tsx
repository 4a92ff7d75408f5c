/** Starts the player once, when the embed first comes into view (not while the reader is elsewhere). */
import { useEffect, type RefObject } from 'react';
import { usePlayerActor } from '../run/index.ts';

export function Autoplay({ target }: { target: RefObject<HTMLElement | null> }) {
  const actor = usePlayerActor();
  useEffect(() => {
    const el = target.current;
    if (el === null) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      actor.send({ type: 'player.play' });
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        actor.send({ type: 'player.play' });
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [actor, target]);
  return null;
}
