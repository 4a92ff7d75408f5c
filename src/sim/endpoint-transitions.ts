/** Transition lists the endpoint machine's states share. */
import type { EffectName } from './endpoint.actions.ts';
import type { TcpStateName } from './tcp-state.ts';
import type { TransitionMeta } from './transition-cause.ts';

/** Refers to an action of endpoint.actions.ts. */
export const run = (effect: EffectName) => ({ type: 'run', params: { effect } }) as const;

/** Emits the reason for entering a state. */
export const announce = (state: TcpStateName) => ({ type: 'announce', params: { state } }) as const;

/** RFC 5961 §3.2: a RST exactly at RCV.NXT resets a synchronized connection. */
const exactRstResets = {
  guard: 'isExactRst',
  target: 'CLOSED',
  actions: run('resetConnection'),
  description: 'rcv RST',
  meta: { edge: 'reset', cause: 'rcv-rst', reasons: ['rst-valid'] } satisfies TransitionMeta,
} as const;

/**
 * RFC 9293 §3.10.7.4, checks one to five, for the synchronized states: sequence acceptability,
 * RST (RFC 5961 §3.2: exact resets, in-window gets a challenge ACK), SYN (RFC 5961 §4.2:
 * challenge ACK), the ACK flag, and an ACK of unsent data (RFC 5961 §5.2 for too-old ones).
 * `exactRst` is what an exact RST does in the state.
 */
const preludeWith = <R>(exactRst: R) =>
  [
    { guard: 'isUnacceptableRst', actions: run('discardStrayRst') },
    { guard: 'isUnacceptable', actions: run('answerUnacceptable') },
    exactRst,
    { guard: 'isRst', actions: run('challengeRst') },
    { guard: 'isSyn', actions: run('challengeSyn') },
    { guard: 'lacksAck', actions: run('discardNoAck') },
    { guard: 'acksUnsentOrTooOld', actions: run('answerUnacceptableAck') },
  ] as const;

/** The prelude of every synchronized state but TIME-WAIT. */
export const synchronizedPrelude = preludeWith(exactRstResets);

/**
 * TIME-WAIT's prelude: an exact RST ends TIME-WAIT (RFC 9293 §3.10.7.4 second; the RFC 1337
 * hazard, which Linux accepts by default) without telling the application, which closed.
 */
export const timeWaitPrelude = preludeWith({
  ...exactRstResets,
  actions: run('rstEndsTimeWait'),
  meta: { edge: 'reset', cause: 'rcv-rst', reasons: ['rst-in-time-wait'] } satisfies TransitionMeta,
} as const);

/** RFC 6298 §5.4-5.6 and RFC 9293 §3.8.3: retransmit, or give up after the retry limit. */
export const retransmitOrGiveUp = [
  {
    guard: 'retriesExhausted',
    target: 'CLOSED',
    actions: run('giveUp'),
    description: 'timeout',
    meta: {
      edge: 'timeout',
      cause: 'timeout',
      reasons: ['retransmission-limit'],
    } satisfies TransitionMeta,
  },
  { guard: 'hasUnacknowledged', actions: run('retransmit') },
] as const;

/** RFC 9293 §3.10.5: abort() where nothing needs resetting (LISTEN, SYN-SENT, after our FIN). */
export const abortSilently = {
  target: 'CLOSED',
  actions: run('abortSilently'),
  description: 'ABORT',
  meta: { edge: 'abort', cause: 'abort', reasons: ['abort-silent'] } satisfies TransitionMeta,
} as const;

/** RFC 9293 §3.10.5: abort() on a synchronized connection sends <SEQ=SND.NXT><CTL=RST>. */
export const abortWithReset = {
  target: 'CLOSED',
  actions: run('abortWithReset'),
  description: 'ABORT / snd RST',
  meta: {
    edge: 'abort',
    cause: 'abort',
    reasons: ['abort-sends-rst', 'linux-abort-sends-rst-ack'],
  } satisfies TransitionMeta,
} as const;
