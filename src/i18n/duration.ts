/**
 * Durations, one function per language: the unit and precision the layout chooses
 * (`durationParts`: 950 ms, 1.9 s, 4 min), spelled by `Intl.NumberFormat` in the reader's
 * language, so one language never mixes two spellings of a unit ("950 ms" beside "1.9초").
 */
import { durationParts } from '../layout/index.ts';
import type { Lang } from './messages.ts';

const INTL_UNIT = { ms: 'millisecond', s: 'second', min: 'minute' } as const;

/** Korean spells every unit out (밀리초, 초, 분); English abbreviates (ms, sec, min). */
const DISPLAY: Record<Lang, 'short' | 'long'> = { en: 'short', ko: 'long' };

/** `ms` milliseconds as the reader's language writes a duration. */
export function formatDuration(lang: Lang, ms: number): string {
  const { value, unit } = durationParts(ms);
  const decimals = value.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: INTL_UNIT[unit],
    unitDisplay: DISPLAY[lang],
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(value));
}
