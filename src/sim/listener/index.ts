/** A listener with a SYN queue under a SYN flood, and SYN cookies (RFC 4987). */
export { simulateSynFlood, simulateSynFloodWithTcb } from './syn-flood.ts';
export {
  SYN_FLOOD_DEFAULTS,
  SYN_FLOOD_LIMITS,
  checkSynFloodConfig,
  type SynFloodConfig,
} from './flood-config.ts';
export { FLOOD_REASONS, type FloodReasonCode } from './flood-reasons.ts';
export {
  checkCookie,
  cookieCounter,
  cookieHash,
  cookieMssIndex,
  makeCookie,
  packCookie,
  unpackCookie,
  type FourTuple,
} from './syn-cookie.ts';
export { COOKIE_TRANSITION, type DeclaredTransition } from './cookie-transition.ts';
