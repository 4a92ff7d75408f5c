/**
 * The session: undo the last change, export the run as a scenario file, open one (file picker
 * here, or drop it anywhere on the lab), or start over.
 */
import { useId, useRef } from 'react';
import { downloadText } from '../../kit/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { FROM_THE_START, newSession, scenarioOf, scenarioFileText } from '../../../lab/index.ts';
import { randomSeed } from '../randomSeed.ts';
import type { LabController } from '../useLabSession.ts';
import { FOCUS_ATTRIBUTE, rememberFocus } from './focusKeys.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface SessionControlsProps {
  lab: LabController;
  onOpenFile: (file: File) => Promise<void>;
}

export function SessionControls({ lab, onOpenFile }: SessionControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const headingId = useId();
  const fileId = useId();
  const undoNoteId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { state, dispatch, focusAfterChange } = lab;
  const canUndo = state.previous !== null;
  return (
    <section className="lab-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="lab-card-title">
        {t.lab.session}
      </h3>
      <div className="lab-row">
        <button
          type="button"
          className="lab-button"
          aria-disabled={!canUndo}
          aria-describedby={undoNoteId}
          {...{ [FOCUS_ATTRIBUTE]: 'undo' }}
          onClick={() => {
            if (!canUndo) return;
            rememberFocus(focusAfterChange);
            dispatch({ type: 'undo' });
          }}
        >
          {t.lab.undo}
        </button>
        <button
          type="button"
          className="lab-button"
          {...{ [FOCUS_ATTRIBUTE]: 'export' }}
          onClick={() => {
            const scenario = scenarioOf(state.session);
            downloadText(scenarioFileText(scenario), `${scenario.name}.json`, 'application/json');
          }}
        >
          {t.lab.exportFile}
        </button>
        <button
          type="button"
          className="lab-button"
          {...{ [FOCUS_ATTRIBUTE]: 'start-over' }}
          onClick={() => {
            rememberFocus(focusAfterChange);
            dispatch({
              type: 'replace',
              session: newSession(randomSeed(), t.lab.sessionTitle),
              moment: FROM_THE_START,
              notice: null,
            });
          }}
        >
          {t.lab.startOver}
        </button>
      </div>
      <p id={undoNoteId} className="lab-hint">
        {t.lab.undoHint}
      </p>
      <div className="lab-row">
        <label className="file-button" htmlFor={fileId}>
          {t.lab.importFile}
          <input
            ref={inputRef}
            id={fileId}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            {...{ [FOCUS_ATTRIBUTE]: 'import' }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file !== undefined) void onOpenFile(file);
              if (inputRef.current !== null) inputRef.current.value = '';
            }}
          />
        </label>
        <span className="lab-hint">{t.lab.dropFileHint}</span>
      </div>
    </section>
  );
}
