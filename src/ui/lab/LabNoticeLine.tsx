/** The lab's message line: a fork, an import (or why it failed), a save that could not be read. */
import { downloadText } from '../kit/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { MAX_IMPORT_BYTES, type LabNotice } from '../../lab/index.ts';
import { firstErrors } from '../../scenarios/index.ts';
import { labCatalogues } from '../../i18n/lab/catalogues.ts';

export function LabNoticeLine({
  notice,
  setAside = null,
}: {
  notice: LabNotice | null;
  /** A save that could not be restored, offered for download. */
  setAside?: string | null;
}) {
  const t = useMessagesWith(labCatalogues);
  if (notice === null) return null;
  switch (notice.kind) {
    case 'forked':
      return <p className="lab-notice">{t.lab.forked(notice.dropped)}</p>;
    case 'imported':
      return <p className="lab-notice">{t.lab.imported(notice.file)}</p>;
    case 'too-large':
      return (
        <p className="lab-notice is-error" role="alert">
          {t.lab.fileTooLarge(notice.file, Math.round(MAX_IMPORT_BYTES / 1024))}
        </p>
      );
    case 'restore-failed':
      return (
        <div className="lab-notice is-error">
          <p>{t.lab.restoreFailed(notice.problem)}</p>
          {setAside !== null && (
            <button
              type="button"
              onClick={() => {
                downloadText(setAside, 'lab-session-set-aside.json', 'application/json');
              }}
            >
              {t.lab.downloadSetAside}
            </button>
          )}
        </div>
      );
    case 'link-opened':
      return <p className="lab-notice">{t.lab.linkOpened}</p>;
    case 'link-failed':
      return (
        <p className="lab-notice is-error" role="alert">
          {t.lab.linkFailed} {t.share.linkProblem(notice.problem)}
        </p>
      );
    case 'import-failed': {
      const { shown, more } = firstErrors(notice.errors);
      return (
        <div className="lab-notice is-error" role="alert">
          <p>{t.lab.importFailed(notice.file)}</p>
          <ul>
            {shown.map((error) => (
              <li key={error}>
                <code>{error}</code>
              </li>
            ))}
            {more > 0 && <li>{t.lab.andMore(more)}</li>}
          </ul>
        </div>
      );
    }
    case 'import-too-heavy':
      return (
        <div className="lab-notice is-error" role="alert">
          <p>{t.lab.importFailed(notice.file)}</p>
          <p>
            {t.lab.importTooHeavy(notice.segments, notice.max)}: {t.budget.cause(notice.cause)}.
          </p>
        </div>
      );
  }
}
