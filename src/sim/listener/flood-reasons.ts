/**
 * The reasons a SYN-flood run gives beyond the endpoint machine's own (src/sim/reasons.ts), in
 * the same shape: a rule and an English template with `{name}` placeholders.
 */
import { describe } from '../describe.ts';
import { fillTemplate } from '../reasons.ts';
import type { FloodReasonParams, FloodWhy, ParamsArgument, TraceNote, Why } from '../why.ts';

export const FLOOD_REASONS = {
  'flood-spoofed-syn': {
    rfc: 'RFC 4987 §2',
    en: 'An attacker sends a SYN whose source address is forged as {address}:{port}. No host there will answer the SYN+ACK, so the connection it opens stays half-open.',
  },
  'flood-syn-queue-full': {
    rfc: 'RFC 4987 §2; Linux tcp_conn_request',
    en: 'The SYN queue is full ({size} of {capacity} half-open connections) and SYN cookies are off: the SYN is dropped without a reply, as Linux does. Its sender can only retransmit it.',
  },
  'syn-cookie-sent': {
    rfc: 'RFC 4987 §3.6',
    en: 'SYN cookie: the queue is full, so no state is kept for this SYN. ISN = cookie {cookie} = counter {counter} (top 5 bits) | MSS index {mssIndex}, MSS {mss} (3 bits) | keyed hash {hash} of the 4-tuple and counter (24 bits). ACK = {basisSeq} + 1 = {ack}. The cookie has no room for window scaling or SACK (only TCP timestamps could carry them), so neither is offered.',
  },
  'syn-cookie-valid': {
    rfc: 'RFC 4987 §3.6',
    en: 'ACK − 1 = {cookie} is a valid cookie: its hash matches the 4-tuple, its counter {counter} is current, and MSS index {mssIndex} gives MSS {mss}. The connection is created directly in ESTABLISHED; it was never held in SYN-RECEIVED. It has no window scaling and no SACK.',
  },
  'syn-cookie-stale': {
    rfc: 'RFC 4987 §3.6',
    en: 'An ACK for no known connection, and ACK − 1 = {cookie} is a cookie whose counter is too old: the listener answers as LISTEN answers any ACK, with a RST.',
  },
  'syn-cookie-bad-hash': {
    rfc: 'RFC 4987 §3.6',
    en: 'An ACK for no known connection, and ACK − 1 = {cookie} is not a cookie this listener made (the hash does not match): it answers as LISTEN answers any ACK, with a RST.',
  },
  'note-flood-model': {
    rfc: 'RFC 4987; Linux',
    en: 'A Linux-like listener: a SYN queue of {capacity}; each half-open entry retransmits its SYN+ACK {synAckRetries} times (RFC 6298 timers, Linux tcp_synack_retries) and is then dropped. The legitimate client retransmits its SYN up to {clientSynRetries} times.',
  },
} as const satisfies Record<string, { rfc: string; en: string }>;

/** A SYN-flood reason code. */
export type FloodReasonCode = keyof typeof FLOOD_REASONS;

/** The reason for a flood code, with exactly the parameters its template names. */
export function floodWhy<C extends FloodReasonCode>(
  code: C,
  ...[params]: ParamsArgument<FloodReasonParams[C]>
): Extract<FloodWhy, { code: C }> {
  // As why() in ../reasons.ts: the signature checks every call site.
  return { code, rfc: FLOOD_REASONS[code].rfc, params: params ?? {} } as Extract<
    FloodWhy,
    { code: C }
  >;
}

/** The English sentence for a flood Why, ending with its rule in parentheses. */
export function describeFlood(w: Why | TraceNote): string {
  const entry = (FLOOD_REASONS as Record<string, { rfc: string; en: string } | undefined>)[w.code];
  if (entry === undefined) return `${w.code} (${w.rfc})`;
  return `${fillTemplate(entry.en, w.params)} (${w.rfc})`;
}

/** The English sentence of a core or flood reason: what a flood run's `reason` fields say. */
export function sentence(w: Why): string {
  return w.code in FLOOD_REASONS ? describeFlood(w) : describe(w);
}
