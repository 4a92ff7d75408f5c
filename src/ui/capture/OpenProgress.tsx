/** A file being fetched or read: a real progress bar, the numbers in words, and Cancel. */
import { useId } from 'react';
import { useMessagesWith } from '../run/index.ts';
import { formatSize, percentRead } from '../../i18n/index.ts';
import type { Opening } from './captureState.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface OpenProgressProps {
  opening: Opening;
  onCancel: () => void;
}

export function OpenProgress({ opening, onCancel }: OpenProgressProps) {
  const t = useMessagesWith(captureCatalogues);
  const labelId = useId();
  const p = opening.progress;
  const total = p?.totalBytes ?? null;
  const label =
    opening.phase === 'fetching'
      ? t.capture.fetching(opening.fileName)
      : t.capture.reading(opening.fileName);
  return (
    <section className="capture-progress" aria-labelledby={labelId}>
      <p id={labelId} className="capture-progress-label" role="status">
        {label}
      </p>
      {p === null || total === null || total === 0 ? (
        <progress aria-labelledby={labelId} />
      ) : (
        <progress aria-labelledby={labelId} max={total} value={p.bytesRead} />
      )}
      {p !== null && (
        <p className="capture-progress-text">
          {t.capture.progress({
            percent: percentRead(p.bytesRead, total),
            read: formatSize(p.bytesRead, t.lang),
            total: total === null ? null : formatSize(total, t.lang),
            packets: p.frames,
          })}
        </p>
      )}
      <button type="button" className="capture-button" onClick={onCancel}>
        {t.capture.cancel}
      </button>
    </section>
  );
}
