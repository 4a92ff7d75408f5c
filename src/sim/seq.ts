/**
 * 32-bit sequence-number arithmetic (RFC 9293 §3.4): every comparison is modulo 2^32,
 * using serial-number arithmetic (RFC 1982) so that numbers keep their order across the wrap.
 */

declare const seqBrand: unique symbol;

/** A TCP sequence or acknowledgment number: an unsigned 32-bit integer. */
export type SeqNum = number & { readonly [seqBrand]: 'SeqNum' };

const MODULUS = 0x1_0000_0000;

/** Brings any integer into [0, 2^32) and brands it. */
export function seq(n: number): SeqNum {
  const r = n % MODULUS;
  return (r < 0 ? r + MODULUS : r) as SeqNum;
}

/** a + n, modulo 2^32. */
export function seqAdd(a: SeqNum, n: number): SeqNum {
  return seq(a + n);
}

/** The signed distance from a to b (b - a), in [-2^31, 2^31). */
export function seqDiff(b: SeqNum, a: SeqNum): number {
  const d = (b - a) % MODULUS;
  const r = d < 0 ? d + MODULUS : d;
  return r > 0x7fff_ffff ? r - MODULUS : r;
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
