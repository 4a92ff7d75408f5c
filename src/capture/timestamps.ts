/**
 * Capture timestamps. Epoch nanoseconds (~1.7e18) do not fit a double exactly, so a time is kept
 * as whole seconds plus nanoseconds and only differences are turned into floating point.
 */

/** An absolute capture time: seconds since the epoch plus a fraction in nanoseconds. */
export interface CaptureTime {
  seconds: number;
  /** 0 <= nanoseconds < 1e9. */
  nanoseconds: number;
}

/**
 * pcapng `if_tsresol` (pcapng spec §4.2, option 9): units per second are 10^exponent, or
 * 2^exponent when the option's top bit is set. The default is microseconds.
 */
export interface TimestampResolution {
  base: 10 | 2;
  exponent: number;
}

/** The resolution an interface has without an `if_tsresol` option. */
export const MICROSECONDS: TimestampResolution = { base: 10, exponent: 6 };

const NS_PER_S = 1_000_000_000;

/** Decodes the `if_tsresol` byte. */
export function resolutionFromByte(byte: number): TimestampResolution {
  return (byte & 0x80) !== 0
    ? { base: 2, exponent: byte & 0x7f }
    : { base: 10, exponent: byte & 0x7f };
}

/**
 * A pcap record time: `fraction` is microseconds, or nanoseconds for the nanosecond magic. An
 * out-of-range fraction (a writer bug) is carried into the seconds rather than rejected.
 */
export function timeFromPcap(seconds: number, fraction: number, nano: boolean): CaptureTime {
  const ns = nano ? fraction : fraction * 1000;
  return { seconds: seconds + Math.floor(ns / NS_PER_S), nanoseconds: ns % NS_PER_S };
}

/**
 * A pcapng time: a 64-bit count of `resolution` units (high and low 32-bit halves), plus the
 * interface's `if_tsoffset` in seconds (pcapng spec §4.2, option 14).
 */
export function timeFromUnits(
  high: number,
  low: number,
  resolution: TimestampResolution,
  offsetSeconds: number,
): CaptureTime {
  const { base, exponent } = resolution;
  const value = high * 0x1_0000_0000 + low;
  if (base === 10 && exponent <= 9 && Number.isSafeInteger(value)) {
    const perSecond = 10 ** exponent;
    const seconds = Math.floor(value / perSecond);
    const rest = value - seconds * perSecond;
    return { seconds: seconds + offsetSeconds, nanoseconds: rest * 10 ** (9 - exponent) };
  }
  const big = (BigInt(high) << 32n) | BigInt(low);
  const perSecond = BigInt(base) ** BigInt(exponent);
  const seconds = big / perSecond;
  const nanoseconds = ((big % perSecond) * 1_000_000_000n) / perSecond;
  return { seconds: Number(seconds) + offsetSeconds, nanoseconds: Number(nanoseconds) };
}

/** a - b in milliseconds (fractional). */
export function diffMillis(a: CaptureTime, b: CaptureTime): number {
  return (a.seconds - b.seconds) * 1000 + (a.nanoseconds - b.nanoseconds) / 1_000_000;
}

/** a - b in seconds (fractional). */
export function diffSeconds(a: CaptureTime, b: CaptureTime): number {
  return a.seconds - b.seconds + (a.nanoseconds - b.nanoseconds) / NS_PER_S;
}
