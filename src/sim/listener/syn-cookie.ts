/**
 * SYN cookies (RFC 4987 §3.6, after D. J. Bernstein): instead of keeping state for a SYN, the
 * listener encodes what it must remember in the ISN of its SYN+ACK, and recognizes the final
 * ACK by recomputing it. The 32 bits are laid out as RFC 4987 describes:
 *
 *     | t mod 32 (5 bits) | MSS index (3 bits) | keyed hash of 4-tuple and t (24 bits) |
 *
 * where t is a time counter that advances every 64 seconds. Linux (`tcp_syncookies`) uses the
 * same idea with SipHash and a slightly different layout; the hash here is FNV-1a keyed with a
 * seeded secret, which is fine for a deterministic simulation and not meant to resist attack.
 */
import { hashString } from '../rng.ts';
import { seq, type SeqNum } from '../seq.ts';

/** RFC 4987 §3.6: the counter advances every 64 seconds. */
export const COOKIE_PERIOD_MS = 64_000;

/**
 * The MSS values a cookie can carry (3 bits): the server answers with the largest entry that does
 * not exceed the client's MSS. 536 is the default when the SYN carries no MSS (RFC 9293 §3.7.1).
 */
export const COOKIE_MSS_TABLE = [536, 1024, 1220, 1300, 1360, 1400, 1440, 1460] as const;

/** How old a cookie may be: its counter may be the current one or the one before (as Linux). */
export const COOKIE_MAX_AGE = 2;

/** The connection a cookie is bound to: both addresses and ports. */
export interface FourTuple {
  clientAddress: string;
  clientPort: number;
  serverAddress: string;
  serverPort: number;
}

/** The time counter at a virtual time, before it is reduced mod 32. */
export function cookieCounter(nowMs: number): number {
  return Math.floor(nowMs / COOKIE_PERIOD_MS);
}

/** The table index for a client's MSS: the largest entry not above it (index 0 at least). */
export function cookieMssIndex(clientMss: number): number {
  let index = 0;
  COOKIE_MSS_TABLE.forEach((mss, i) => {
    if (mss <= clientMss) index = i;
  });
  return index;
}

/** The low 24 bits: a keyed hash of the 4-tuple and the counter (mod 32, as the cookie keeps it). */
export function cookieHash(secret: number, tuple: FourTuple, counter: number): number {
  const key = [
    secret >>> 0,
    `${tuple.clientAddress}:${String(tuple.clientPort)}`,
    `${tuple.serverAddress}:${String(tuple.serverPort)}`,
    counter & 31,
  ].join('|');
  return hashString(key) & 0xff_ffff;
}

/** Packs the three fields into a 32-bit ISN. */
export function packCookie(counter: number, mssIndex: number, hash24: number): SeqNum {
  return seq((((counter & 31) << 27) | ((mssIndex & 7) << 24) | (hash24 & 0xff_ffff)) >>> 0);
}

/** The fields of a cookie. */
export interface CookieFields {
  /** t mod 32. */
  counter: number;
  mssIndex: number;
  hash: number;
}

/** Splits a 32-bit cookie into its fields. */
export function unpackCookie(cookie: number): CookieFields {
  const c = cookie >>> 0;
  return { counter: c >>> 27, mssIndex: (c >>> 24) & 7, hash: c & 0xff_ffff };
}

/** The cookie the listener puts in the SYN+ACK's sequence number. */
export interface IssuedCookie extends CookieFields {
  isn: SeqNum;
  mss: number;
}

/** Makes the cookie for a SYN arriving at `nowMs` from `tuple` with MSS option `clientMss`. */
export function makeCookie(
  secret: number,
  tuple: FourTuple,
  clientMss: number,
  nowMs: number,
): IssuedCookie {
  const counter = cookieCounter(nowMs) & 31;
  const mssIndex = cookieMssIndex(clientMss);
  const hash = cookieHash(secret, tuple, counter);
  return {
    isn: packCookie(counter, mssIndex, hash),
    counter,
    mssIndex,
    hash,
    mss: COOKIE_MSS_TABLE[mssIndex] ?? 536,
  };
}

/** What checking the final ACK's cookie found. */
export type CookieCheck =
  | { ok: true; cookie: SeqNum; counter: number; mssIndex: number; mss: number }
  | { ok: false; cookie: SeqNum; problem: 'stale' | 'bad-hash' };

/**
 * Checks the ACK of a cookie SYN+ACK: the cookie is SEG.ACK − 1. Its counter must be current or
 * one period old, and its hash must match the 4-tuple and that counter.
 */
export function checkCookie(
  secret: number,
  tuple: FourTuple,
  segAck: number,
  nowMs: number,
): CookieCheck {
  const cookie = seq(segAck - 1);
  const fields = unpackCookie(cookie);
  const age = (cookieCounter(nowMs) - fields.counter) & 31;
  if (age >= COOKIE_MAX_AGE) return { ok: false, cookie, problem: 'stale' };
  if (cookieHash(secret, tuple, fields.counter) !== fields.hash) {
    return { ok: false, cookie, problem: 'bad-hash' };
  }
  return {
    ok: true,
    cookie,
    counter: fields.counter,
    mssIndex: fields.mssIndex,
    mss: COOKIE_MSS_TABLE[fields.mssIndex] ?? 536,
  };
}
