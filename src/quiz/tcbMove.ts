/**
 * "Which of SND.UNA and RCV.NXT does this segment move?": the TCB part of a question about an
 * arriving segment. The answer is read from the run's TCB table (the endpoint's own variables
 * before and after the segment), and each wrong choice is one of the two classic confusions: an
 * ACK that acknowledges nothing new, and a segment that brings no new sequence numbers (a bare
 * ACK takes none, a repeat was taken before).
 */
import { stepEvents, type Timeline } from '../layout/index.ts';
import { tcbAtStep, type EndpointId, type TcbTable } from '../sim/index.ts';
import type { Choice, Mistake } from './choices.ts';

/** What an arriving segment moves in its receiver's TCB. */
export type TcbMove = 'una' | 'rcv' | 'both' | 'neither';

const MOVES: readonly TcbMove[] = ['una', 'rcv', 'both', 'neither'];

const movesUna = (m: TcbMove): boolean => m === 'una' || m === 'both';
const movesRcv = (m: TcbMove): boolean => m === 'rcv' || m === 'both';

/**
 * What the segment delivered at step `askAt` (a player cursor) moved in `endpoint`'s TCB by the
 * step `revealAt`, or null when the endpoint holds no connection before or after (a SYN at a
 * listener, a reset) or the segment replaces it (a new SYN reopening TIME-WAIT).
 */
export function tcbMoveOf(
  table: TcbTable,
  timeline: Timeline,
  endpoint: EndpointId,
  askAt: number,
  revealAt: number,
): TcbMove | null {
  const { first } = stepEvents(timeline, askAt);
  const { last } = stepEvents(timeline, Math.max(askAt, revealAt));
  if (first < 0) return null;
  const { now, before } = tcbAtStep(table, endpoint, first, last);
  if (now === null || before === null || now.iss !== before.iss) return null;
  const una = now.sndUna !== before.sndUna;
  const rcv = now.rcvNxt !== before.rcvNxt;
  return una && rcv ? 'both' : una ? 'una' : rcv ? 'rcv' : 'neither';
}

/** The mistake a wrong choice stands for: the first variable it gets wrong. */
function mistakeOf(answer: TcbMove, wrong: TcbMove): Mistake {
  if (movesUna(wrong) !== movesUna(answer)) {
    return movesUna(answer) ? 'una-new-ack' : 'una-old-ack';
  }
  return movesRcv(answer) ? 'rcv-new-numbers' : 'rcv-nothing-new';
}

/** All four moves in reading order (SND.UNA, RCV.NXT, both, neither), the right one marked. */
export function tcbMoveChoices(answer: TcbMove): Choice<TcbMove>[] {
  return MOVES.map((m) => ({ value: m, mistake: m === answer ? null : mistakeOf(answer, m) }));
}
