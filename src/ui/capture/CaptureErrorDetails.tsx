/** Why a capture could not be read: the help for its kind, where in the file, the reader's words. */
import type { CaptureError } from '../../capture/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

/** A location says something only for errors that happen at a place in the file. */
const UNPLACED = new Set<CaptureError['code']>(['no-tcp', 'empty-file', 'no-such-stream']);

export function CaptureErrorDetails({ error }: { error: CaptureError }) {
  const t = useMessagesWith(captureCatalogues);
  return (
    <>
      <p className="capture-error-help">{t.capture.errorHelp[error.code]}</p>
      {!UNPLACED.has(error.code) && (
        <p className="capture-error-where">
          {t.capture.location({
            packet: error.packet ?? null,
            block: error.block ?? null,
            offset: error.offset,
          })}
        </p>
      )}
      <p className="capture-error-detail">
        <span className="capture-error-detail-label">{t.capture.readerSays}: </span>
        <span lang="en">{error.message}</span>
      </p>
    </>
  );
}
