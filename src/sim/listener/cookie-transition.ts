/**
 * The one state change a SYN-cookie listener makes outside the endpoint machine's figure: a
 * final ACK whose cookie checks out turns the listening socket's request into an ESTABLISHED
 * connection at once (RFC 4987 §3.6), never having been in SYN-RECEIVED. The state diagram draws
 * it beside the machine's own transitions.
 */
import type { TcpStateName } from '../tcp-state.ts';
import type { TransitionMeta } from '../transition-cause.ts';

/** A transition declared outside the endpoint machine, drawn like one of its own. */
export interface DeclaredTransition extends TransitionMeta {
  from: TcpStateName;
  to: TcpStateName;
  description: string;
}

/** LISTEN → ESTABLISHED on an ACK carrying a valid SYN cookie. */
export const COOKIE_TRANSITION: DeclaredTransition = {
  from: 'LISTEN',
  to: 'ESTABLISHED',
  description: 'rcv ACK of cookie',
  edge: 'main',
  cause: 'rcv-ack',
  reasons: ['syn-cookie-valid'],
};
