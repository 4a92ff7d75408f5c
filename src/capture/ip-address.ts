/**
 * IP addresses as text, written the way tshark writes them: dotted quads, and IPv6 in the
 * RFC 5952 canonical form. Strings are interned so a million segments share a few addresses.
 */
import { u16, u32 } from './decode-result.ts';

const ipv4Cache = new Map<number, string>();
const ipv6Cache = new Map<string, string>();
/** Bounds the caches: a capture with millions of distinct hosts must not grow them forever. */
const CACHE_LIMIT = 65_536;

/** The dotted-quad text of the IPv4 address at `offset` (bounds checked by the caller). */
export function formatIpv4(bytes: Uint8Array, offset: number): string {
  const key = u32(bytes, offset);
  const cached = ipv4Cache.get(key);
  if (cached !== undefined) return cached;
  const text = `${bytes[offset] ?? 0}.${bytes[offset + 1] ?? 0}.${bytes[offset + 2] ?? 0}.${bytes[offset + 3] ?? 0}`;
  if (ipv4Cache.size >= CACHE_LIMIT) ipv4Cache.clear();
  ipv4Cache.set(key, text);
  return text;
}

/**
 * RFC 5952 §4: lower-case hex without leading zeros; the longest run of two or more zero groups
 * (the first one on a tie) becomes "::"; IPv4-mapped addresses (::ffff:0:0/96) end in a dotted
 * quad (§5).
 */
export function formatIpv6(bytes: Uint8Array, offset: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i += 1) groups.push(u16(bytes, offset + 2 * i));
  let text: string;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    text = `::ffff:${formatIpv4(bytes, offset + 12)}`;
  } else {
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
      if (groups[i] !== 0) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < 8 && groups[j] === 0) j += 1;
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    const hexOf = (g: number): string => g.toString(16);
    text =
      bestStart < 0
        ? groups.map(hexOf).join(':')
        : `${groups.slice(0, bestStart).map(hexOf).join(':')}::${groups
            .slice(bestStart + bestLength)
            .map(hexOf)
            .join(':')}`;
  }
  const cached = ipv6Cache.get(text);
  if (cached !== undefined) return cached;
  if (ipv6Cache.size >= CACHE_LIMIT) ipv6Cache.clear();
  ipv6Cache.set(text, text);
  return text;
}
