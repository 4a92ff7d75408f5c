/**
 * The lab session for the whole lab view: opened from the share link the page came with, else
 * restored from local storage, saved again on every change whose run completed within the lab's
 * budget. A link's session replaces the saved one undoably. A save that cannot be restored (or
 * whose run turns out past the budget) is set aside, kept for download, and replaced: it is never
 * run again on the next load.
 */
import {
  useCallback,
  useEffect,
  useReducer,
  useRef,
  useState,
  type Dispatch,
  type RefObject,
} from 'react';
import { useMessagesWith } from '../run/index.ts';
import {
  newSession,
  initialLabState,
  labReducer,
  type LabEvent,
  type LabState,
  AUTOSAVE_KEY,
  decodeSession,
  encodeSession,
  SET_ASIDE_KEY,
  type LabSession,
} from '../../lab/index.ts';
import { randomSeed } from './randomSeed.ts';
import { openSessionLink, sessionPayload } from './sessionLink.ts';
import { labCatalogues } from '../../i18n/lab/catalogues.ts';

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
  /** The text of a save that could not be restored, kept for download; null when none. */
  setAside: string | null;
  /** The run of `session` completed (`ok`) or did not (past the budget, or failed). */
  reportRun: (session: LabSession, ok: boolean) => void;
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

/** Moves a save aside (unless a newer save replaced it already), so no load runs it again. */
function setSavedAside(text: string): void {
  try {
    storage()?.setItem(SET_ASIDE_KEY, text);
    if (readSaved() === text) storage()?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage refuses writes: the text is still offered for download.
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
  const t = useMessagesWith(labCatalogues);
  const [saved] = useState(readSaved);
  const [restored] = useState(() => (saved === null ? null : decodeSession(saved)));
  const [state, dispatch] = useReducer(labReducer, null, (): LabState => {
    const fresh = () => newSession(randomSeed(), t.lab.sessionTitle);
    const start =
      restored === null
        ? initialLabState(fresh(), -1, null)
        : restored.ok
          ? initialLabState(restored.saved.session, restored.saved.moment, null)
          : initialLabState(fresh(), -1, { kind: 'restore-failed', problem: restored.problem });
    return payload === null ? start : linked(start, payload);
  });
  const [saveFailed] = useState(() => !canSave());
  const focusAfterChange = useRef<string | null>(null);
  const [openCards] = useState(() => new Set<string>());
  const [setAside, setSetAside] = useState<string | null>(() =>
    restored === null || restored.ok ? null : saved,
  );
  // The session whose run last completed within the budget: the only kind worth saving. A ref,
  // not state: reporting a run must not render the whole lab again.
  const completed = useRef<LabSession | null>(null);
  const latest = useRef(state);

  useEffect(() => {
    if (saved !== null && restored !== null && !restored.ok) setSavedAside(saved);
  }, [saved, restored]);

  const save = useCallback(() => {
    const { session, moment } = latest.current;
    if (saveFailed || completed.current !== session) return;
    try {
      storage()?.setItem(AUTOSAVE_KEY, encodeSession(session, moment));
    } catch {
      // Storage worked at start (probed above); if it fills up later, the last save stands.
    }
  }, [saveFailed]);

  const reportRun = useCallback(
    (session: LabSession, ok: boolean) => {
      if (ok) {
        completed.current = session;
        save();
      } else if (saved !== null && restored?.ok === true && session === restored.saved.session) {
        setSavedAside(saved);
        setSetAside(saved);
      }
    },
    [saved, restored, save],
  );

  useEffect(() => {
    latest.current = state;
    save();
  }, [state, save]);

  return { state, dispatch, saveFailed, focusAfterChange, openCards, setAside, reportRun };
}
