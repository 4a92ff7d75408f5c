/**
 * The settings of a SYN-flood run: a listener with a SYN queue, an attacker sending SYNs from
 * forged addresses, and one legitimate client. Defaults follow Linux where it has a number.
 */

/** Everything a SYN-flood run needs. */
export interface SynFloodConfig {
  /** Seeds the ISNs and the cookie secret: the same config gives the same trace. */
  seed: number;
  /** How many half-open connections the SYN queue holds (the listen backlog). */
  backlog: number;
  /**
   * Answer SYNs the full queue cannot hold with SYN cookies (Linux `tcp_syncookies = 1`); when
   * off, a full queue drops them (`tcp_syncookies = 0`).
   */
  synCookies: boolean;
  /** How many SYNs the attacker sends, each from a different forged address. */
  attackSyns: number;
  /** When the attacker's first SYN leaves. */
  attackStartMs: number;
  /** Time between two of the attacker's SYNs. */
  attackIntervalMs: number;
  /** When the legitimate client calls connect(). */
  clientConnectMs: number;
  oneWayDelayMs: number;
  /** SYN+ACK retransmissions before a half-open entry is dropped (Linux `tcp_synack_retries`). */
  synAckRetries: number;
  /** SYN retransmissions before the client gives up (Linux `tcp_syn_retries` is 6). */
  clientSynRetries: number;
  /** RFC 6298: initial RTO 1 s, floor 1 s, ceiling 60 s. */
  rto: { initialMs: number; minMs: number; maxMs: number };
}

/**
 * A queue of 4 filled by 6 forged SYNs, then a client that keeps trying for about 31 s (4
 * retransmissions: 1 + 2 + 4 + 8 + 16 s) while every half-open entry lives 63 s (5 SYN+ACK
 * retransmissions, as Linux). A real flood keeps sending; one burst is enough here because the
 * client gives up before the first entry expires.
 */
export const SYN_FLOOD_DEFAULTS: SynFloodConfig = {
  seed: 4987,
  backlog: 4,
  synCookies: false,
  attackSyns: 6,
  attackStartMs: 10,
  attackIntervalMs: 20,
  clientConnectMs: 500,
  oneWayDelayMs: 100,
  synAckRetries: 5,
  clientSynRetries: 4,
  rto: { initialMs: 1000, minMs: 1000, maxMs: 60_000 },
};

/** Bounds each setting must respect (a run stays small enough to draw). */
export const SYN_FLOOD_LIMITS = {
  backlog: { min: 1, max: 16 },
  attackSyns: { min: 0, max: 40 },
  attackIntervalMs: { min: 0, max: 10_000 },
  synAckRetries: { min: 0, max: 10 },
  clientSynRetries: { min: 0, max: 10 },
} as const;

/** Throws a RangeError naming the first setting outside its bounds. */
export function checkSynFloodConfig(config: SynFloodConfig): void {
  for (const [key, { min, max }] of Object.entries(SYN_FLOOD_LIMITS)) {
    const value = config[key as keyof typeof SYN_FLOOD_LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${key} must be a whole number from ${String(min)} to ${String(max)}`);
    }
  }
  for (const key of ['attackStartMs', 'clientConnectMs', 'oneWayDelayMs'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 0) {
      throw new RangeError(`${key} must be a whole number of ms, at least 0`);
    }
  }
}
