/** What went wrong while reading, counted per kind, for a one-line-per-kind summary. */
import type { CaptureWarning, WarningCode } from '../../capture/index.ts';
import { ALL_WARNING_CODES } from './workerProtocol.ts';

export interface WarningLine {
  code: WarningCode;
  count: number;
  /** The first warning of this kind, with its location, when it was sent along. */
  first: CaptureWarning | null;
}

/** One line per kind of warning, in the core's order, with its count and first example. */
export function warningLines(
  counts: Partial<Record<WarningCode, number>>,
  warnings: readonly CaptureWarning[],
): WarningLine[] {
  return ALL_WARNING_CODES.flatMap((code) => {
    const count = counts[code] ?? 0;
    if (count === 0) return [];
    return [{ code, count, first: warnings.find((w) => w.code === code) ?? null }];
  });
}

/** Total warnings over every kind. */
export function warningTotal(counts: Partial<Record<WarningCode, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** "UDP 9, ARP 3": skipped frames by protocol, most frequent first. */
export function skippedList(
  skipped: Record<string, number>,
  format: (n: number) => string,
): string {
  return Object.entries(skipped)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([protocol, n]) => `${protocol} ${format(n)}`)
    .join(', ');
}
