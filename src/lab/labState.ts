/**
 * The lab's state over time: the session, where the player should land after a change, and one
 * level of undo. A pure reducer, so forking and undo are tested without a browser.
 */
import { withAction, withBase, type LabAction, type LabSession } from './labSession.ts';
import type { BudgetCause, Scenario } from '../sim/index.ts';
import type { LinkProblem, RestoreProblem } from '../i18n/index.ts';

/** What a message line under the controls says, as data (the UI words it). */
export type LabNotice =
  | { kind: 'forked'; dropped: number }
  | { kind: 'imported'; file: string }
  | { kind: 'import-failed'; file: string; errors: readonly string[] }
  /** The cost model expects more segments than the lab drives. */
  | { kind: 'import-too-heavy'; file: string; segments: number; max: number; cause: BudgetCause }
  | { kind: 'too-large'; file: string }
  | { kind: 'restore-failed'; problem: RestoreProblem }
  /** A link's session replaced the one on screen (Undo brings that back). */
  | { kind: 'link-opened' }
  /** A link's session could not be opened; the session on screen stays. */
  | { kind: 'link-failed'; problem: LinkProblem };

export interface LabState {
  session: LabSession;
  /** The moment the player lands on when it is (re)started. */
  moment: number;
  /** Bumped whenever the run changes, so the player restarts on the new run. */
  version: number;
  /** The state before the last change, for one level of undo. */
  previous: { session: LabSession; moment: number } | null;
  notice: LabNotice | null;
}

export type LabEvent =
  /** Take an action at `moment`; the player then lands at `landing`. */
  | { type: 'act'; action: LabAction; moment: number; landing: number }
  /** New settings (seed, ISNs, delays) for the same log. */
  | { type: 'settings'; base: Scenario }
  /** Replace the whole session (an import, or starting over). */
  | { type: 'replace'; session: LabSession; moment: number; notice: LabNotice | null }
  | { type: 'undo' }
  /** The player came to rest at a moment (remembered for autosave; no restart). */
  | { type: 'rest'; moment: number }
  | { type: 'notice'; notice: LabNotice | null };

export function initialLabState(
  session: LabSession,
  moment: number,
  notice: LabNotice | null,
): LabState {
  return { session, moment, version: 0, previous: null, notice };
}

export function labReducer(state: LabState, event: LabEvent): LabState {
  const saved = { session: state.session, moment: state.moment };
  switch (event.type) {
    case 'act': {
      const { session, dropped } = withAction(state.session, event.moment, event.action);
      return {
        session,
        moment: event.landing,
        version: state.version + 1,
        previous: saved,
        notice: dropped > 0 ? { kind: 'forked', dropped } : null,
      };
    }
    case 'settings':
      return {
        ...state,
        session: withBase(state.session, event.base),
        version: state.version + 1,
        previous: saved,
        notice: null,
      };
    case 'replace':
      return {
        session: event.session,
        moment: event.moment,
        version: state.version + 1,
        previous: saved,
        notice: event.notice,
      };
    case 'undo':
      if (state.previous === null) return state;
      return {
        session: state.previous.session,
        moment: state.previous.moment,
        version: state.version + 1,
        previous: null,
        notice: null,
      };
    case 'rest':
      return event.moment === state.moment ? state : { ...state, moment: event.moment };
    case 'notice':
      return { ...state, notice: event.notice };
  }
}
