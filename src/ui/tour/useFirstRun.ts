/**
 * When the tour shows: once, on its own, to a reader who lands on the app's address in general
 * (not a shared link to a screen, not presentation mode), and again whenever asked for.
 */
import { useCallback, useState } from 'react';
import { opensSpecificScreen } from './firstRunAddress.ts';
import { markTourSeen, tourSeen } from './tourStorage.ts';

export interface FirstRun {
  open: boolean;
  show: () => void;
  close: () => void;
}

export function useFirstRun(search: string, hash: string): FirstRun {
  const [open, setOpen] = useState(() => !opensSpecificScreen(search, hash) && !tourSeen());
  const show = useCallback(() => {
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    // Remembered when it ends however it ends (finished, skipped, Escape), never to come back.
    markTourSeen();
    setOpen(false);
  }, []);
  return { open, show, close };
}
