/** Warnings from reading, one line per kind with its count, the first example of each below. */
import type { CaptureWarning, WarningCode } from '../../capture/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { formatCount } from '../../i18n/index.ts';
import { skippedList, warningLines, warningTotal } from './warningSummary.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface WarningsSummaryProps {
  counts: Partial<Record<WarningCode, number>>;
  warnings: readonly CaptureWarning[];
  skipped: Record<string, number>;
}

export function WarningsSummary({ counts, warnings, skipped }: WarningsSummaryProps) {
  const t = useMessagesWith(captureCatalogues);
  const lines = warningLines(counts, warnings);
  const total = warningTotal(counts);
  const skippedText = skippedList(skipped, (n) => formatCount(n, t.lang));
  if (total === 0 && skippedText === '') return null;
  return (
    <div className="capture-warnings">
      {lines.length > 0 && (
        <ul className="capture-warning-lines">
          {lines.map((line) => (
            <li key={line.code}>{t.capture.warning[line.code](line.count)}</li>
          ))}
        </ul>
      )}
      {skippedText !== '' && <p>{t.capture.skippedByProtocol(skippedText)}</p>}
      {lines.some((line) => line.first !== null) && (
        <details className="capture-warning-details">
          <summary>{t.capture.warnings(total)}</summary>
          <p>{t.capture.firstOfEach}</p>
          <ul>
            {lines.flatMap((line) =>
              line.first === null ? [] : [<li key={line.code}>{line.first.message}</li>],
            )}
          </ul>
        </details>
      )}
    </div>
  );
}
