/**
 * SYN cookies (RFC 4987 §3.6), checked by hand: the 5 | 3 | 24 bit layout, the 64-second
 * counter, the MSS table, and what the final ACK's check accepts and refuses.
 */
import {
  checkCookie,
  cookieCounter,
  cookieHash,
  cookieMssIndex,
  hashString,
  makeCookie,
  packCookie,
  unpackCookie,
  type FourTuple,
} from '../../../src/sim/index.ts';

const tuple: FourTuple = {
  clientAddress: '198.51.100.7',
  clientPort: 50000,
  serverAddress: '192.0.2.1',
  serverPort: 80,
};
const SECRET = 7;

describe('the keyed hash', () => {
  it('is FNV-1a: the published test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('hashes secret | client | server | counter mod 32, keeping 24 bits', () => {
    const expected = hashString('7|198.51.100.7:50000|192.0.2.1:80|3') & 0xffffff;
    expect(cookieHash(SECRET, tuple, 3)).toBe(expected);
    expect(cookieHash(SECRET, tuple, 35)).toBe(expected);
    expect(cookieHash(SECRET, tuple, 3)).toBeLessThan(2 ** 24);
  });
});

describe('the cookie layout', () => {
  it('packs counter (5 bits), MSS index (3 bits) and hash (24 bits)', () => {
    // 1 << 27 = 0x08000000, 7 << 24 = 0x07000000.
    expect(packCookie(1, 7, 0x123456)).toBe(0x0f123456);
    expect(packCookie(31, 0, 0)).toBe(0xf8000000);
    expect(packCookie(33, 0, 0)).toBe(0x08000000);
    expect(unpackCookie(0x0f123456)).toEqual({ counter: 1, mssIndex: 7, hash: 0x123456 });
    expect(unpackCookie(0xffffffff)).toEqual({ counter: 31, mssIndex: 7, hash: 0xffffff });
  });

  it('advances the counter every 64 seconds', () => {
    expect(cookieCounter(0)).toBe(0);
    expect(cookieCounter(63_999)).toBe(0);
    expect(cookieCounter(64_000)).toBe(1);
    expect(cookieCounter(200_000)).toBe(3);
  });

  it('encodes the largest table MSS not above the client’s', () => {
    expect(cookieMssIndex(1460)).toBe(7);
    expect(cookieMssIndex(9000)).toBe(7);
    expect(cookieMssIndex(1459)).toBe(6);
    expect(cookieMssIndex(1300)).toBe(3);
    expect(cookieMssIndex(536)).toBe(0);
    expect(cookieMssIndex(100)).toBe(0);
  });

  it('makes the ISN from the time, the MSS and the 4-tuple', () => {
    const hash = hashString('7|198.51.100.7:50000|192.0.2.1:80|3') & 0xffffff;
    const cookie = makeCookie(SECRET, tuple, 1460, 200_000);
    expect(cookie).toMatchObject({ counter: 3, mssIndex: 7, mss: 1460, hash });
    expect(cookie.isn).toBe(((3 << 27) | (7 << 24) | hash) >>> 0);
  });
});

describe('checking the final ACK (ACK − 1 is the cookie)', () => {
  const issued = makeCookie(SECRET, tuple, 1400, 10_000);
  const ack = (issued.isn + 1) % 2 ** 32;

  it('accepts it in the same period and the next, with the MSS it carried', () => {
    expect(checkCookie(SECRET, tuple, ack, 10_100)).toEqual({
      ok: true,
      cookie: issued.isn,
      counter: 0,
      mssIndex: 5,
      mss: 1400,
    });
    expect(checkCookie(SECRET, tuple, ack, 64_000 + 500)).toMatchObject({ ok: true });
  });

  it('refuses it two periods later', () => {
    expect(checkCookie(SECRET, tuple, ack, 128_000)).toEqual({
      ok: false,
      cookie: issued.isn,
      problem: 'stale',
    });
  });

  it('refuses another 4-tuple, another secret, or a neighbouring number', () => {
    const other = { ...tuple, clientPort: 50001 };
    expect(checkCookie(SECRET, other, ack, 10_100)).toMatchObject({
      ok: false,
      problem: 'bad-hash',
    });
    expect(checkCookie(SECRET + 1, tuple, ack, 10_100)).toMatchObject({ ok: false });
    expect(checkCookie(SECRET, tuple, ack + 1, 10_100)).toMatchObject({ ok: false });
  });

  it('survives the counter wrapping from 31 to 0', () => {
    const late = makeCookie(SECRET, tuple, 1460, 31 * 64_000 + 10);
    expect(late.counter).toBe(31);
    expect(checkCookie(SECRET, tuple, late.isn + 1, 32 * 64_000 + 10)).toMatchObject({ ok: true });
  });
});
