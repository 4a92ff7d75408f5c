/**
 * What caused each state change, by the reason code the trace carries, written out by hand from
 * RFC 9293 §3.10 (and RFC 4987 §3.6 for the SYN cookie): the truth the lit state-diagram edge is
 * checked against.
 */
import type { TransitionCause } from '../../src/sim/index.ts';

export const CAUSE_OF_REASON: Readonly<Record<string, TransitionCause>> = {
  'passive-open': 'listen',
  'active-open': 'connect',
  'active-open-from-listen': 'connect',
  'close-sends-fin': 'close',
  'close-in-close-wait': 'close',
  'close-in-listen': 'close',
  'close-in-syn-sent': 'close',
  'close-in-syn-received': 'close',
  'abort-sends-rst': 'abort',
  'abort-silent': 'abort',
  'syn-in-listen': 'rcv-syn',
  'syn-in-syn-sent': 'rcv-syn',
  'syn-in-syn-received-passive': 'rcv-syn',
  'syn-in-time-wait': 'rcv-syn',
  'syn-ack-in-syn-sent': 'rcv-syn-ack',
  'syn-ack-in-syn-received': 'rcv-syn-ack',
  'ack-of-syn': 'rcv-ack',
  'ack-of-fin': 'rcv-ack',
  'ack-of-fin-in-fin-wait-1': 'rcv-ack',
  'syn-cookie-valid': 'rcv-ack',
  'fin-arrived': 'rcv-fin',
  'fin-arrived-closing': 'rcv-fin',
  'fin-in-fin-wait-2': 'rcv-fin',
  'fin-and-ack-of-fin': 'rcv-fin-ack',
  'rst-valid': 'rcv-rst',
  'rst-in-time-wait': 'rcv-rst',
  'rst-refused': 'rcv-rst',
  'rst-in-syn-received-passive': 'rcv-rst',
  'rst-in-syn-received-active': 'rcv-rst',
  'retransmission-limit': 'timeout',
  'retransmission-limit-passive': 'timeout',
  'time-wait-expired': 'time-wait',
  // The Linux profile's (src/sim/linux-reasons.ts).
  'linux-fin-wait-2-timeout': 'timeout',
};
