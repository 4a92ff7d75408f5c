/**
 * Controls that survive a restart of the player: each carries a `data-lab-focus` key, the key of
 * the focused one is remembered before a change, and the rebuilt control is focused again.
 */
import { useEffect, type RefObject } from 'react';

export const FOCUS_ATTRIBUTE = 'data-lab-focus';

/** Remembers which keyed control has focus now. */
export function rememberFocus(ref: RefObject<string | null>): void {
  const active = document.activeElement;
  ref.current = active instanceof HTMLElement ? active.getAttribute(FOCUS_ATTRIBUTE) : null;
}

/** On mount, focuses the control remembered before the change, if it is still there. */
export function useRestoreFocus(
  ref: RefObject<string | null>,
  container: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const key = ref.current;
    ref.current = null;
    if (key === null) return;
    const target = container.current?.querySelector<HTMLElement>(
      `[${FOCUS_ATTRIBUTE}="${CSS.escape(key)}"]`,
    );
    target?.focus();
  }, [ref, container]);
}
