/**
 * Keyboard control of the player: Space play/pause, Left/Right and PageUp/PageDown (what slide
 * clickers send) step, Home/End, +/- speed. Keys typed into form fields, and Space on a button
 * (which presses the button), are left alone.
 */
import { useEffect } from 'react';
import type { PlayerActor } from '../run/index.ts';
import type { PlayerEvent } from '../../player/index.ts';

const KEYS: Record<string, PlayerEvent> = {
  ' ': { type: 'player.toggle' },
  ArrowLeft: { type: 'player.stepBack' },
  PageUp: { type: 'player.stepBack' },
  ArrowRight: { type: 'player.stepForward' },
  PageDown: { type: 'player.stepForward' },
  Home: { type: 'player.goToStep', step: 0 },
  End: { type: 'player.end' },
  '+': { type: 'player.faster' },
  '=': { type: 'player.faster' },
  '-': { type: 'player.slower' },
  _: { type: 'player.slower' },
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

function isPressable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** Maps a key press to a player event, or null if the key is not ours here. */
export function playerEventForKey(
  key: string,
  target: EventTarget | null,
  modifiers: boolean,
): PlayerEvent | null {
  if (modifiers || isTyping(target)) return null;
  if (key === ' ' && isPressable(target)) return null;
  return KEYS[key] ?? null;
}

/** Listens on the window for the player's keys (unless `enabled` is false). */
export function useKeyboardShortcuts(actor: PlayerActor, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const event = playerEventForKey(e.key, e.target, e.ctrlKey || e.metaKey || e.altKey);
      if (event === null) return;
      e.preventDefault();
      actor.send(event);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [actor, enabled]);
}
