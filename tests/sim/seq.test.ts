/**
 * 32-bit sequence arithmetic (RFC 9293 §3.4): "all arithmetic dealing with sequence numbers must
 * be performed modulo 2^32", compared as serial numbers (RFC 1982).
 */
import {
  seq,
  seqAdd,
  seqDiff,
  seqGe,
  seqGt,
  seqInWindow,
  seqLe,
  seqLt,
} from '../../src/sim/seq.ts';

const TOP = 4294967295; // 2^32 - 1

describe('seq and seqAdd: modulo 2^32', () => {
  it.each([
    [0, 0],
    [TOP, TOP],
    [TOP + 1, 0],
    [TOP + 706, 705],
    [-1, TOP],
    [2 * 4294967296 + 5, 5],
  ])('seq(%d) = %d', (n, expected) => {
    expect(seq(n)).toBe(expected);
  });

  it('adds across the wrap: 4294967000 + 1001 = 705, 0 - 1 = 2^32 - 1', () => {
    expect(seqAdd(seq(4294967000), 1001)).toBe(705);
    expect(seqAdd(seq(0), -1)).toBe(TOP);
    expect(seqAdd(seq(TOP), 1)).toBe(0);
  });
});

describe('seqDiff: the signed distance b - a', () => {
  it('is small and positive across the wrap', () => {
    expect(seqDiff(seq(705), seq(4294967000))).toBe(1001);
    expect(seqDiff(seq(0), seq(TOP))).toBe(1);
  });

  it('is negative going back across the wrap', () => {
    expect(seqDiff(seq(4294967000), seq(705))).toBe(-1001);
  });

  it('stays within a 32-bit signed range', () => {
    expect(seqDiff(seq(2 ** 31 - 1), seq(0))).toBe(2 ** 31 - 1);
    expect(seqDiff(seq(2 ** 31 + 1), seq(0))).toBe(-(2 ** 31 - 1));
  });

  it('at exactly 2^31 apart, orders neither way (RFC 1982 §3.2 leaves it undefined)', () => {
    const a = seq(0);
    const b = seq(2 ** 31);
    expect([seqLt(a, b), seqLt(b, a), seqGt(a, b), seqGt(b, a)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('comparisons modulo 2^32', () => {
  it('orders across the wrap: 2^32 - 1 < 0 < 705', () => {
    expect(seqLt(seq(TOP), seq(0))).toBe(true);
    expect(seqLt(seq(4294967000), seq(705))).toBe(true);
    expect(seqGt(seq(705), seq(4294967000))).toBe(true);
    expect(seqGt(seq(0), seq(TOP))).toBe(true);
    expect(seqLt(seq(705), seq(4294967000))).toBe(false);
  });

  it('treats equal numbers as <= and >= but not < or >', () => {
    const a = seq(12345);
    expect([seqLe(a, a), seqGe(a, a), seqLt(a, a), seqGt(a, a)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('agrees with ordinary comparison when no wrap is involved', () => {
    expect(seqLt(seq(1000), seq(1001))).toBe(true);
    expect(seqLe(seq(1000), seq(1000))).toBe(true);
    expect(seqGe(seq(1001), seq(1000))).toBe(true);
    expect(seqGt(seq(1000), seq(1001))).toBe(false);
  });

  it('is antisymmetric for every distance short of 2^31', () => {
    for (const d of [1, 1000, 2 ** 30, 2 ** 31 - 1]) {
      const a = seq(4294967000);
      const b = seqAdd(a, d);
      expect([seqLt(a, b), seqLt(b, a)]).toEqual([true, false]);
    }
  });
});

describe('seqInWindow: lo <= x < lo + size, modulo 2^32', () => {
  it('includes lo and excludes lo + size', () => {
    expect(seqInWindow(seq(1001), seq(1001), 100)).toBe(true);
    expect(seqInWindow(seq(1100), seq(1001), 100)).toBe(true);
    expect(seqInWindow(seq(1101), seq(1001), 100)).toBe(false);
    expect(seqInWindow(seq(1000), seq(1001), 100)).toBe(false);
  });

  it('works for a window straddling the wrap', () => {
    const lo = seq(4294967291);
    expect(seqInWindow(seq(TOP), lo, 65535)).toBe(true);
    expect(seqInWindow(seq(0), lo, 65535)).toBe(true);
    expect(seqInWindow(seq(65529), lo, 65535)).toBe(true);
    expect(seqInWindow(seq(65530), lo, 65535)).toBe(false);
    expect(seqInWindow(seq(4294967290), lo, 65535)).toBe(false);
  });

  it('is empty for size 0', () => {
    expect(seqInWindow(seq(1001), seq(1001), 0)).toBe(false);
  });
});
