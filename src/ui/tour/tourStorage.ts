/**
 * Whether this browser has seen the first-run tour. Storage can be missing or refuse access
 * (private windows, blocked site data, a full quota): then the tour counts as seen, so a reader
 * whose browser cannot remember it is not shown it on every visit.
 */
const KEY = 'handshake-lab:tour-seen';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when the tour has been shown here before, or when there is nowhere to remember it. */
export function tourSeen(): boolean {
  try {
    const s = storage();
    return s === null || s.getItem(KEY) !== null;
  } catch {
    return true;
  }
}

/** Remembers that the tour has been shown; a refusal to store is ignored. */
export function markTourSeen(): void {
  try {
    storage()?.setItem(KEY, '1');
  } catch {
    // Nothing to do: the tour will simply not be remembered.
  }
}

/** The storage key, for tests that start a browser afresh. */
export const TOUR_SEEN_KEY = KEY;
