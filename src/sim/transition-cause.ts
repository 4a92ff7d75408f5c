/**
 * What made a state change happen, as the state diagram names it: the application call, the
 * segment that arrived, or the timer that expired. Each of the endpoint machine's transitions
 * carries its cause and the reason codes it announces, so a trace's `state` event (its from, to
 * and `why.code`) names exactly one drawn transition.
 */

/** The causes of state changes, one per kind of event RFC 9293 §3.10 processes. */
export const TRANSITION_CAUSES = [
  'listen',
  'connect',
  'close',
  'abort',
  'rcv-syn',
  'rcv-syn-ack',
  'rcv-ack',
  'rcv-fin',
  'rcv-fin-ack',
  'rcv-rst',
  'timeout',
  'time-wait',
] as const;

/** One cause of a state change. */
export type TransitionCause = (typeof TRANSITION_CAUSES)[number];

/** How a transition is drawn: the RFC 9293 Figure 5 edges, or resets, aborts and time-outs. */
export type EdgeKind = 'main' | 'reset' | 'abort' | 'timeout';

/** What the state diagram knows of one transition, read from the machine's `meta`. */
export interface TransitionMeta {
  /** main: the RFC 9293 Figure 5 edges; reset, abort, timeout: the exceptional ones. */
  edge: EdgeKind;
  cause: TransitionCause;
  /** The reason codes the transition announces on entering its target (`why.code`). */
  reasons: readonly string[];
  /**
   * Not in RFC 9293 Figure 5 and seldom taken (TIME-WAIT reopened by a newer SYN, §3.6.1):
   * drawn, like the exceptional ones, only when asked for or just taken.
   */
  rare?: boolean;
  /**
   * Set on a transition only that profile takes; absent: every profile's. The state diagram
   * draws RFC 9293's machine, so it leaves these out (src/layout/endpoint-edges.ts).
   */
  profile?: 'linux';
}

function isCause(value: unknown): value is TransitionCause {
  return (TRANSITION_CAUSES as readonly unknown[]).includes(value);
}

/** A transition's `meta`, as the machine config holds it (typed loosely by XState). */
export function readTransitionMeta(meta: unknown): TransitionMeta | null {
  if (typeof meta !== 'object' || meta === null) return null;
  if (!('edge' in meta) || !('cause' in meta) || !('reasons' in meta)) return null;
  const { edge, cause, reasons } = meta;
  if (edge !== 'main' && edge !== 'reset' && edge !== 'abort' && edge !== 'timeout') return null;
  if (!isCause(cause) || !Array.isArray(reasons)) return null;
  const codes = reasons.filter((r): r is string => typeof r === 'string');
  const rare = 'rare' in meta && meta.rare === true;
  return { edge, cause, reasons: codes, ...(rare ? { rare } : {}) };
}
