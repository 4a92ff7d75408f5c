/**
 * 32-bit sequence-number arithmetic (RFC 9293 §3.4): every comparison is modulo 2^32,
 * using serial-number arithmetic (RFC 1982) so that numbers keep their order across the wrap.
 */

declare const seqBrand: unique symbol;

/** A TCP sequence or acknowledgment number: an unsigned 32-bit integer. */
export type SeqNum = number & { readonly [seqBrand]: 'SeqNum' };

/**
 * Brings any integer into [0, 2^32) and brands it. `>>> 0` is the integer modulo 2^32 (ToUint32)
 * done in one instruction; a float `%` costs more than the rest of an ACK's processing.
 */
export function seq(n: number): SeqNum {
  return (n >>> 0) as SeqNum;
}

/** a + n, modulo 2^32. */
export function seqAdd(a: SeqNum, n: number): SeqNum {
  return seq(a + n);
}

/** The signed distance from a to b (b - a), in [-2^31, 2^31): ToInt32 of the difference. */
export function seqDiff(b: SeqNum, a: SeqNum): number {
  return (b - a) | 0;
}

/** a < b modulo 2^32. */
export function seqLt(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(b, a) > 0;
}

/** a <= b modulo 2^32. */
export function seqLe(a: SeqNum, b: SeqNum): boolean {
  return seqDiff(b, a) >= 0;
}

/** a > b modulo 2^32. */
export function seqGt(a: SeqNum, b: SeqNum): boolean {
  return seqLt(b, a);
}

/** a >= b modulo 2^32. */
export function seqGe(a: SeqNum, b: SeqNum): boolean {
  return seqLe(b, a);
}

/** lo <= x < hi, modulo 2^32 (a half-open window that may straddle the wrap). */
export function seqInWindow(x: SeqNum, lo: SeqNum, size: number): boolean {
  const d = seqDiff(x, lo);
  return d >= 0 && d < size;
}
