/**
 * Presentation mode: on or off (kept in the address bar as `present=1`, so a reload or a
 * scenario change keeps it), the projector palette and large type on the whole page, the
 * blanked screen, the shortcut sheet, and fullscreen.
 */
import { useCallback, useEffect, useState } from 'react';
import { PROJECTOR, paletteVars } from '../../themes/index.ts';
import { readScreenAddress } from '../../links/index.ts';
import { replaceAddress } from '../kit/index.ts';
// The mode's styles load with the hook, so the page restyles at once (the controls load after).
import './present.css';

export interface Presentation {
  on: boolean;
  blank: boolean;
  shortcuts: boolean;
  enter: () => void;
  exit: () => void;
  toggleBlank: () => void;
  setShortcuts: (open: boolean) => void;
  toggleFullscreen: () => void;
}

function writePresentParam(on: boolean): void {
  replaceAddress({ present: on });
}

// Not every browser has the Fullscreen API (iPhone Safari does not, for pages).
function enterFullscreen(): void {
  const root = document.documentElement;
  if ('requestFullscreen' in root) void root.requestFullscreen().catch(() => undefined);
}

function exitFullscreen(): void {
  if ('exitFullscreen' in document && document.fullscreenElement !== null) {
    void document.exitFullscreen().catch(() => undefined);
  }
}

export function usePresentation(): Presentation {
  const [on, setOn] = useState(
    () => readScreenAddress(window.location.search, window.location.hash).present,
  );
  const [blank, setBlank] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);

  useEffect(() => {
    if (!on) return undefined;
    const root = document.documentElement;
    const vars = Object.entries(paletteVars(PROJECTOR));
    root.dataset.presenting = '';
    for (const [name, value] of vars) root.style.setProperty(name, value);
    writePresentParam(true);
    return () => {
      delete root.dataset.presenting;
      for (const [name] of vars) root.style.removeProperty(name);
    };
  }, [on]);

  const enter = useCallback(() => {
    setOn(true);
    // Fullscreen needs the click that asked for it; where it is refused, the mode still works.
    enterFullscreen();
  }, []);
  const exit = useCallback(() => {
    setOn(false);
    setBlank(false);
    setShortcuts(false);
    writePresentParam(false);
    exitFullscreen();
  }, []);
  // Escape leaves the mode even before its controls (which own its other keys) have loaded; once
  // they have, they take Escape first (closing the shortcut sheet or unblanking) and stop it here.
  useEffect(() => {
    if (!on) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      exit();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [on, exit]);
  const toggleBlank = useCallback(() => {
    setBlank((b) => !b);
  }, []);
  const toggleFullscreen = useCallback(() => {
    // `fullscreenElement` is undefined, not null, where the API is missing.
    if ((document.fullscreenElement as Element | null | undefined) ?? null) exitFullscreen();
    else enterFullscreen();
  }, []);
  return { on, blank, shortcuts, enter, exit, toggleBlank, setShortcuts, toggleFullscreen };
}
