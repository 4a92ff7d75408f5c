/** The lab's message line: a fork, an import (or why it failed), a save that could not be read. */
import { useMessages } from '../run/index.ts';
import { MAX_IMPORT_BYTES, type LabNotice } from '../../lab/index.ts';
import { firstErrors } from '../../scenarios/index.ts';

export function LabNoticeLine({ notice }: { notice: LabNotice | null }) {
  const t = useMessages();
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
      return <p className="lab-notice is-error">{t.lab.restoreFailed(notice.reason)}</p>;
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
