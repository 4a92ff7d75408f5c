/**
 * What the lab shows while its run is computed off the page, and when the run cannot be shown:
 * progress with Cancel, or what went wrong with Undo and Start over (the session is kept).
 */
import { firstErrors } from '../../../scenarios/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import type { SimulationState } from '../../simulation/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

interface Props {
  state: Exclude<SimulationState, { status: 'done' }>;
  onCancel: () => void;
  /** Null when there is nothing to undo. */
  onUndo: (() => void) | null;
  onStartOver: () => void;
}

export function SimulationStatus({ state, onCancel, onUndo, onStartOver }: Props) {
  const t = useMessagesWith(labCatalogues);
  if (state.status === 'running') {
    const { progress } = state;
    return (
      <div className="panel lab-simulating" role="status" aria-live="polite">
        <p>{t.lab.simulating}</p>
        {progress !== null && (
          <p>{t.lab.simulatingProgress(progress.segments, (progress.t / 1000).toFixed(1))}</p>
        )}
        <button type="button" onClick={onCancel}>
          {t.lab.cancelRun}
        </button>
      </div>
    );
  }
  const recover = (
    <p className="lab-simulating-actions">
      {onUndo !== null && (
        <button type="button" onClick={onUndo}>
          {t.lab.undo}
        </button>
      )}
      <button type="button" onClick={onStartOver}>
        {t.lab.startOver}
      </button>
    </p>
  );
  if (state.status === 'cancelled') {
    return (
      <div className="panel lab-simulating" role="status">
        <p>{t.lab.runCancelled}</p>
        {recover}
      </div>
    );
  }
  if (state.status === 'over-budget') {
    return (
      <div className="panel lab-simulating is-error" role="alert">
        <p>
          {t.lab.runTooMuch} {t.budget.exceeded(state.exceeded)}.
        </p>
        {recover}
      </div>
    );
  }
  const { shown, more } = firstErrors(state.errors);
  return (
    <div className="panel lab-simulating is-error" role="alert">
      <p>{t.lab.runFailed}</p>
      <ul>
        {shown.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
        {more > 0 && <li>{t.lab.andMore(more)}</li>}
      </ul>
      {recover}
    </div>
  );
}
