/** The error an application call gets in a state that cannot take it (RFC 9293 §3.10.1-3.10.5). */
import type { CallName } from './scenario.ts';
import type { TcpStateName } from './tcp-state.ts';

const CLOSING_STATES: readonly TcpStateName[] = [
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
];

/** The RFC's error text for a call the machine refused in `state`. */
export function callError(call: CallName, state: TcpStateName): string {
  if (state === 'CLOSED' && call !== 'listen' && call !== 'connect') {
    return 'error: connection does not exist (RFC 9293 §3.10)';
  }
  if (call === 'listen' || call === 'connect') {
    return 'error: connection already exists (RFC 9293 §3.10.1)';
  }
  if (call === 'send' && state === 'LISTEN') {
    return 'error: a listening socket has no peer to send to (sockets API; RFC 9293 §3.10.2 would turn it into an active open)';
  }
  if (CLOSING_STATES.includes(state)) {
    return 'error: connection closing (RFC 9293 §3.10.2, §3.10.4)';
  }
  return `error: ${call}() is not possible in ${state} (RFC 9293 §3.10)`;
}
