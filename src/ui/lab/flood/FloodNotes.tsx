/** Under the queue: the model's settings, what a cookie loses, and (at the end) the outcome. */
import { fillTemplate } from '../../../sim/index.ts';
import { useMessagesWith, useRun, useIsAtEnd } from '../../run/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export function FloodNotes({ cookies }: { cookies: boolean }) {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const atEnd = useIsAtEnd();
  const model = run.trace.notes.find((n) => n.code === 'note-flood-model');
  const client = run.trace.endpoints.client.finalState;
  return (
    <>
      {atEnd && (
        <p className="lab-notice" role="status">
          {t.lab.outcome(client === 'ESTABLISHED', client)}
        </p>
      )}
      {model !== undefined && (
        <p className="lab-hint">
          {fillTemplate(t.lab.floodReasons['note-flood-model'], model.params)}
        </p>
      )}
      {cookies && <p className="lab-hint">{t.lab.cookieLoses}</p>}
    </>
  );
}
