/**
 * The player's keys, taken only from inside one element: for the custom element, which lives on
 * someone else's page and must not answer that page's keys.
 */
import { useEffect, type RefObject } from 'react';
import { usePlayerActor } from '../run/index.ts';
import { playerEventForKey } from '../player/index.ts';

export function ScopedKeys({ target }: { target: RefObject<HTMLElement | null> }) {
  const actor = usePlayerActor();
  useEffect(() => {
    const el = target.current;
    if (el === null) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      // Inside a shadow root the event's target is retargeted: ask for the real one.
      const origin = e.composedPath()[0] ?? e.target;
      const event = playerEventForKey(e.key, origin, e.ctrlKey || e.metaKey || e.altKey);
      if (event === null) return;
      e.preventDefault();
      actor.send(event);
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [actor, target]);
  return null;
}
