/**
 * What became of an open that did not succeed: what went wrong in plain words, where in the
 * file, the reader's own sentence, what was read before, and that the capture on screen stays.
 */
import { useMessagesWith } from '../run/index.ts';
import { CaptureErrorDetails } from './CaptureErrorDetails.tsx';
import type { OpenNotice } from './captureState.ts';
import { WarningsSummary } from './WarningsSummary.tsx';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface OpenNoticePanelProps {
  notice: OpenNotice;
  /** The file still on screen, if any. */
  currentFile: string | null;
  onDismiss: () => void;
}

export function OpenNoticePanel({ notice, currentFile, onDismiss }: OpenNoticePanelProps) {
  const t = useMessagesWith(captureCatalogues);
  const cancelled = notice.kind === 'cancelled';
  const fileName = notice.kind === 'failed' ? notice.failure.fileName : notice.fileName;
  return (
    <section
      className={`capture-notice${cancelled ? ' is-info' : ' is-error'}`}
      role={cancelled ? 'status' : 'alert'}
    >
      {cancelled ? (
        <p className="capture-notice-title">{t.capture.cancelled(fileName)}</p>
      ) : (
        <h3 className="capture-notice-title">{t.capture.openFailed(fileName)}</h3>
      )}
      {notice.kind === 'failed' && (
        <>
          <CaptureErrorDetails error={notice.failure.error} />
          {notice.failure.frames > 0 && <p>{t.capture.readBefore(notice.failure.frames)}</p>}
          <WarningsSummary
            counts={notice.failure.warningCounts}
            warnings={notice.failure.warnings}
            skipped={{}}
          />
        </>
      )}
      {(notice.kind === 'crashed' || notice.kind === 'sample-unavailable') && (
        <>
          <p className="capture-error-help">
            {notice.kind === 'crashed' ? t.capture.crashed : t.capture.sampleUnavailable}
          </p>
          <p className="capture-error-detail">
            <span className="capture-error-detail-label">{t.capture.readerSays}: </span>
            <span lang="en">{notice.detail}</span>
          </p>
        </>
      )}
      {currentFile !== null && <p>{t.capture.stillShowing(currentFile)}</p>}
      <button type="button" className="capture-button" onClick={onDismiss}>
        {t.capture.dismiss}
      </button>
    </section>
  );
}
