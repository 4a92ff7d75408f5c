/** The eleven connection states of RFC 9293 §3.3.2, spelled as the RFC spells them. */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const;

/** One of the eleven RFC 9293 connection states. */
export type TcpStateName = (typeof TCP_STATES)[number];

/** Narrows a string to a state name. */
export function isTcpStateName(s: string): s is TcpStateName {
  return (TCP_STATES as readonly string[]).includes(s);
}

/**
 * The synchronized states (RFC 9293 §3.10.7.4): both sides know each other's sequence numbers.
 */
export const SYNCHRONIZED_STATES: readonly TcpStateName[] = [
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
];
