/**
 * The lab session for the whole lab view: opened from the share link the page came with, else
 * restored from local storage (a broken save or link is reported, never fatal), saved again on
 * every change. A link's session replaces the saved one undoably.
 */
import { useEffect, useReducer, useRef, useState, type Dispatch, type RefObject } from 'react';
import { useMessages } from '../run/index.ts';
import {
  newSession,
  initialLabState,
  labReducer,
  type LabEvent,
  type LabState,
  type LabSession,
  AUTOSAVE_KEY,
  decodeSession,
  encodeSession,
} from '../../lab/index.ts';
import { randomSeed } from './randomSeed.ts';
import { openSessionLink, sessionPayload } from './sessionLink.ts';

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

function restored(fresh: () => LabSession): LabState {
  const text = readSaved();
  if (text === null) return initialLabState(fresh(), -1, null);
  const decoded = decodeSession(text);
  if (decoded.ok) return initialLabState(decoded.saved.session, decoded.saved.moment, null);
  return initialLabState(fresh(), -1, { kind: 'restore-failed', reason: decoded.error });
}

/** The state a link's payload (`#s=`) opens on top of what was saved. */
function linked(saved: LabState, payload: string): LabState {
  if (sessionPayload(saved.session) === payload) return saved;
  const opened = openSessionLink(payload);
  if (!opened.ok) return { ...saved, notice: { kind: 'link-failed', problem: opened.problem } };
  const hadOwn = saved.session.actions.length > 0;
  return {
    ...initialLabState(opened.session, -1, hadOwn ? { kind: 'link-opened' } : null),
    previous: hadOwn ? { session: saved.session, moment: saved.moment } : null,
  };
}

/** The session, from `payload` (a share link's fragment) when there is one. */
export function useLabSession(payload: string | null): LabController {
  const t = useMessages();
  const [state, dispatch] = useReducer(labReducer, null, (): LabState => {
    const saved = restored(() => newSession(randomSeed(), t.lab.sessionTitle));
    return payload === null ? saved : linked(saved, payload);
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
