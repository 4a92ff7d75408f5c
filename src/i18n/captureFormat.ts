/** Numbers of the capture view as people read them: sizes, seconds, delays, endpoints. */
import type { Lang } from './index.ts';

const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

function decimal(value: number, lang: Lang, digits: number): string {
  return value.toLocaleString(LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A whole number with the language's digit grouping: 15,499. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang]);
}

/** An address and port; IPv6 addresses go in brackets so the port stays readable. */
export function endpointText(e: { address: string; port: number }): string {
  return e.address.includes(':') ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;
}

const SIZE_UNITS = ['kB', 'MB', 'GB', 'TB'] as const;

/** A file size in SI units: 1,069 B, 15.5 kB, 2.1 GB. */
export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${formatCount(bytes, lang)} B`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${decimal(value, lang, value < 10 ? 2 : 1)} ${SIZE_UNITS[unit] ?? 'TB'}`;
}

/** Seconds to the millisecond, as Wireshark's conversation list shows durations: 1.585. */
export function formatSeconds(seconds: number, lang: Lang): string {
  return decimal(seconds, lang, 3);
}

/** Whole percent read, or null when the total is unknown. */
export function percentRead(read: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(100, Math.floor((read / total) * 100));
}
