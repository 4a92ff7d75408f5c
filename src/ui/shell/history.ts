/**
 * The browser's history: choosing a view or a scenario is an entry of its own (pushState), steps
 * only update the current entry (replaceState, through the screen address), and Back and Forward
 * bring back what an entry's address names (popstate).
 */
import { useEffect } from 'react';
import { patchScreenHref, type ScreenAddress } from '../../links/index.ts';

/** Adds a history entry for the current address with `patch` applied. */
export function pushAddress(patch: Partial<ScreenAddress>): void {
  const { pathname, search, hash } = window.location;
  const next = `${pathname}${patchScreenHref(window.location, patch)}`;
  if (next === `${pathname}${search}${hash}`) return;
  window.history.pushState(window.history.state, '', next);
}

/** Calls `onNavigate` with the address whenever Back or Forward lands on an entry. */
export function usePopState(onNavigate: (search: string, hash: string) => void): void {
  useEffect(() => {
    const onPop = (): void => {
      onNavigate(window.location.search, window.location.hash);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, [onNavigate]);
}
