/** The open capture: its name, format, size and packet count, and how reading went. */
import { useMessagesWith } from '../run/index.ts';
import { formatSize } from '../../i18n/index.ts';
import type { CaptureSummary } from './workerProtocol.ts';
import { WarningsSummary } from './WarningsSummary.tsx';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export function CaptureFileBar({ summary }: { summary: CaptureSummary }) {
  const t = useMessagesWith(captureCatalogues);
  return (
    <section className="capture-file panel" aria-labelledby="capture-file-name">
      <h3 id="capture-file-name" className="capture-file-name">
        {summary.fileName}
      </h3>
      <p className="capture-file-facts">
        {t.capture.fileFacts({
          format: summary.format,
          linkTypes: summary.linkTypes.join(', '),
          packets: summary.frames,
          size: formatSize(summary.fileBytes, t.lang),
        })}
      </p>
      {!summary.complete && <p className="capture-incomplete">{t.capture.incomplete}</p>}
      <WarningsSummary
        counts={summary.warningCounts}
        warnings={summary.warnings}
        skipped={summary.skipped}
      />
    </section>
  );
}
