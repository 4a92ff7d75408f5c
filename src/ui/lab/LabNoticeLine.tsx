/** The lab's message line: a fork, an import (or why it failed), a save that could not be read. */
import { useMessages } from '../run/index.ts';
import { MAX_IMPORT_BYTES, type LabNotice } from '../../lab/index.ts';

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
    case 'link-opened':
      return <p className="lab-notice">{t.lab.linkOpened}</p>;
    case 'link-failed':
      return (
        <p className="lab-notice is-error" role="alert">
          {t.lab.linkFailed} {t.share.linkProblem(notice.problem)}
        </p>
      );
    case 'import-failed':
      return (
        <div className="lab-notice is-error" role="alert">
          <p>{t.lab.importFailed(notice.file)}</p>
          <ul>
            {notice.errors.map((error) => (
              <li key={error}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
