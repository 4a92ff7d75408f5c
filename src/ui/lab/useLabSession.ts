/**
 * The lab session for the whole lab view: restored from local storage at start (a broken save
 * is reported and replaced, never fatal), saved again on every change.
 */
import { useEffect, useReducer, useRef, useState, type Dispatch, type RefObject } from 'react';
import { useMessages } from '../run/index.ts';
import {
  newSession,
  initialLabState,
  labReducer,
  type LabEvent,
  type LabState,
  AUTOSAVE_KEY,
  decodeSession,
  encodeSession,
} from '../../lab/index.ts';
import { randomSeed } from './randomSeed.ts';

export interface LabController {
  state: LabState;
  dispatch: Dispatch<LabEvent>;
  /** Saving failed (storage full or disabled): the session lives only in this tab. */
  saveFailed: boolean;
  /**
   * The control to focus again once the player restarts on the changed run (the controls are
   * rebuilt with it), so a keyboard user keeps their place.
   */
  focusAfterChange: RefObject<string | null>;
  /** Collapsible cards that are open, kept across rebuilds of the controls. */
  openCards: Set<string>;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readSaved(): string | null {
  try {
    return storage()?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Whether this browser lets the lab write to local storage at all (private modes may not). */
function canSave(): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    const probe = `${AUTOSAVE_KEY}.probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function useLabSession(): LabController {
  const t = useMessages();
  const [state, dispatch] = useReducer(labReducer, null, (): LabState => {
    const fresh = () => newSession(randomSeed(), t.lab.sessionTitle);
    const text = readSaved();
    if (text === null) return initialLabState(fresh(), -1, null);
    const decoded = decodeSession(text);
    if (decoded.ok) return initialLabState(decoded.saved.session, decoded.saved.moment, null);
    return initialLabState(fresh(), -1, { kind: 'restore-failed', reason: decoded.error });
  });
  const [saveFailed] = useState(() => !canSave());
  const focusAfterChange = useRef<string | null>(null);
  const [openCards] = useState(() => new Set<string>());

  useEffect(() => {
    if (saveFailed) return;
    try {
      storage()?.setItem(AUTOSAVE_KEY, encodeSession(state.session, state.moment));
    } catch {
      // Storage worked at start (probed above); if it fills up later, the last save stands.
    }
  }, [saveFailed, state.session, state.moment]);

  return { state, dispatch, saveFailed, focusAfterChange, openCards };
}
