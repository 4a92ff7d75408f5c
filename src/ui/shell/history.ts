/**
 * The browser's history: choosing a view or a scenario is an entry of its own (pushState), steps
 * only update the current entry (replaceState, in urlState.ts), and Back and Forward bring back
 * what an entry's address names (popstate).
 */
import { useEffect } from 'react';

/** Adds a history entry for `params` (the fragment, which may carry a linked scenario, kept). */
export function pushSearch(params: URLSearchParams): void {
  const query = params.toString();
  const next = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`)
    return;
  window.history.pushState(window.history.state, '', next);
}

/** Calls `onNavigate` with the address's query string whenever Back or Forward lands on it. */
export function usePopState(onNavigate: (search: string) => void): void {
  useEffect(() => {
    const onPop = (): void => {
      onNavigate(window.location.search);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, [onNavigate]);
}
