/**
 * A scenario after validation and defaults: what the simulator runs. The public JSON format and
 * its schema live in src/scenarios/; this is the normalized shape.
 */
import type { Profile } from './profile.ts';
import type { EndpointId, TcpFlag } from './trace.ts';

/** Text in both of the product's languages. */
export interface LocalizedText {
  en: string;
  ko: string;
}

/** The application calls a scenario can make. */
export type CallName = 'listen' | 'connect' | 'send' | 'close' | 'abort';

/** One application call at a simulated time. */
export interface ScenarioEvent {
  t: number;
  endpoint: EndpointId;
  call: CallName;
  /** For send: how many bytes. */
  bytes?: number;
}

/** One endpoint's settings. */
export interface EndpointSpec {
  /** Initial sequence number; null means drawn from the seeded generator. */
  isn: number | null;
  /**
   * The ISNs of the endpoint's later connect() or listen() calls (its second, third…); past
   * the list's end the last one is used again. Absent: every one uses `isn`.
   */
  laterIsns?: readonly number[];
  port: number;
  window: number;
  mss: number;
  windowScale: number | null;
  sackPermitted: boolean;
}

/** A fault on the n-th segment an endpoint transmits (from 1, retransmissions included). */
export interface SegmentFault {
  from: EndpointId;
  index: number;
}

export interface NetworkFaults {
  drop: SegmentFault[];
  delay: (SegmentFault & { ms: number })[];
  /** The network delivers a second copy, `ms` after the first (default: half the one-way delay). */
  duplicate: (SegmentFault & { ms?: number })[];
}

/** The flags a forged segment may carry: the ones the endpoint machine acts on. */
export type ForgedFlag = Extract<TcpFlag, 'SYN' | 'ACK' | 'FIN' | 'RST' | 'PSH'>;

/** Every flag a forged segment may carry, in header order as the Lab offers them. */
export const FORGED_FLAGS: readonly ForgedFlag[] = ['SYN', 'ACK', 'PSH', 'RST', 'FIN'];

/**
 * The address a forged segment claims when its file names none: one of RFC 5737's documentation
 * addresses per endpoint it impersonates.
 */
export function defaultForgedAddress(target: EndpointId): string {
  return target === 'server' ? '192.0.2.1' : '192.0.2.2';
}

/**
 * A segment an off-path attacker injects (RFC 5961 §1): it cannot see the connection, so it
 * forges the peer's address and ports and guesses the numbers. It flies to `target` as the
 * peer's own segments do, and is drawn on the peer's lane.
 */
export interface ForgedSegment {
  t: number;
  /** The endpoint it is sent to; it claims to come from the other one. */
  target: EndpointId;
  flags: ForgedFlag[];
  seq: number;
  /** Null when the ACK flag is clear. */
  ack: number | null;
  len: number;
  /** The address it claims, as the narration names it. */
  address: string;
}

/** Everything the simulator needs. */
export interface Scenario {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  seed: number;
  client: EndpointSpec;
  server: EndpointSpec;
  /** One-way delay per direction, in ms. */
  delayMs: { clientToServer: number; serverToClient: number };
  mslMs: number;
  rto: { initialMs: number; minMs: number; maxMs: number };
  maxRetransmissions: number;
  events: ScenarioEvent[];
  network: NetworkFaults;
  /** Segments an off-path attacker injects (none when absent). */
  attacks?: ForgedSegment[];
  /** The stack both endpoints behave as (default: RFC 9293). */
  profile?: Profile;
}

/**
 * The same scenario run as `profile` (the compare view and `trace --profile` run one scenario
 * both ways). An RFC 9293 run carries no `profile` field, so its trace is the one it always was.
 */
export function withProfile(scenario: Scenario, profile: Profile): Scenario {
  const copy = { ...scenario };
  delete copy.profile;
  return profile === 'linux' ? { ...copy, profile } : copy;
}
