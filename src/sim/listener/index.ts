/** A listener with a SYN queue under a SYN flood, and SYN cookies (RFC 4987). */
export { simulateSynFlood } from './syn-flood.ts';
export { FLOOD_ADDRESSES } from './flood-hosts.ts';
export {
  SYN_FLOOD_DEFAULTS,
  SYN_FLOOD_LIMITS,
  checkSynFloodConfig,
  type SynFloodConfig,
} from './flood-config.ts';
export { FLOOD_REASONS, describeFlood, floodWhy, type FloodReasonCode } from './flood-reasons.ts';
export {
  COOKIE_MAX_AGE,
  COOKIE_MSS_TABLE,
  COOKIE_PERIOD_MS,
  checkCookie,
  cookieCounter,
  cookieHash,
  cookieMssIndex,
  makeCookie,
  packCookie,
  unpackCookie,
  type CookieCheck,
  type CookieFields,
  type FourTuple,
  type IssuedCookie,
} from './syn-cookie.ts';
