/** A capture's measured delays, spelled by the one duration speller (duration.ts). */
import { spell } from './duration.ts';
import type { Lang } from './messages.ts';

/**
 * A delay measured in a capture, in the unit that keeps it readable (loopback delays are
 * microseconds, a delayed ACK tens of milliseconds), with three significant digits or so.
 */
export function formatMeasuredDuration(lang: Lang, ms: number): string {
  if (ms < 1) {
    const us = ms * 1000;
    return spell(lang, us, 'µs', us < 10 ? 1 : 0);
  }
  if (ms < 1000) return spell(lang, ms, 'ms', ms < 10 ? 2 : 1);
  return spell(lang, ms / 1000, 's', 2);
}
