/**
 * Durations, one spelling per language: the unit and precision chosen for what is shown
 * (`durationParts` for the run's gaps and timers: 950 ms, 1.9 s, 4 min; `measuredParts` for a
 * capture's measured delays: 5.5 µs, 40.2 ms, 1.50 s), spelled by `Intl.NumberFormat` in the
 * reader's language, so one language never mixes two spellings of a unit ("950 ms" beside
 * "1.9초").
 */
import { durationParts } from '../layout/index.ts';
import type { Lang } from './messages.ts';

type Unit = 'µs' | 'ms' | 's' | 'min';

const INTL_UNIT = {
  µs: 'microsecond',
  ms: 'millisecond',
  s: 'second',
  min: 'minute',
} as const satisfies Record<Unit, string>;

/** Korean spells every unit out (밀리초, 초, 분); English abbreviates (ms, sec, min). */
const DISPLAY: Record<Lang, 'short' | 'long'> = { en: 'short', ko: 'long' };

/** `value` in `unit`, spelled as the reader's language writes it. */
export function spell(lang: Lang, value: number, unit: Unit, decimals: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: INTL_UNIT[unit],
    unitDisplay: DISPLAY[lang],
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** `ms` milliseconds as the reader's language writes a duration of the run. */
export function formatDuration(lang: Lang, ms: number): string {
  const { value, unit } = durationParts(ms);
  const decimals = value.split('.')[1]?.length ?? 0;
  return spell(lang, Number(value), unit, decimals);
}
