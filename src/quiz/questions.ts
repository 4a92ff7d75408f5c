/**
 * Predict, then reveal: questions generated from any trace. Before an arriving segment, a call or
 * a timer takes effect, the student predicts the endpoint's next state; before a segment leaves,
 * its flags, SEQ and ACK. The right answers are the trace's own; the wrong ones come from
 * choices.ts. Nothing is written per scenario.
 */
import { type RunModel, type Step, type TcpStateName } from '../layout/index.ts';
import type { CallEvent, EndpointId, SendEvent, TcbTable, TimerName } from '../sim/index.ts';
import { ackChoices, flagChoices, seqChoices, stateChoices, type Choice } from './choices.ts';
import { flagsText } from '../sim/index.ts';
import { tcbMoveChoices, tcbMoveOf, type TcbMove } from './tcbMove.ts';

/** What sets a state question up. */
export type StateCause =
  | { kind: 'segment'; send: SendEvent }
  | { kind: 'call'; call: CallEvent['call']; bytes: number | null }
  | { kind: 'timer'; timer: TimerName };

interface QuestionBase {
  /** Stable within a trace: its order of appearance. */
  id: number;
  /** The player's cursor while the question is asked (its cause already shown). */
  askAt: number;
  /** The cursor that shows the answer (equal to askAt when nothing visible changes). */
  revealAt: number;
  /** The step whose narration states the rule (null when nothing records one). */
  ruleStep: number | null;
}

/** "What state is the endpoint in after this?" */
export interface StateQuestion extends QuestionBase {
  kind: 'state';
  endpoint: EndpointId;
  from: TcpStateName;
  cause: StateCause;
  state: { answer: TcpStateName; choices: Choice<TcpStateName>[] };
  /** For an arriving segment, when the run's TCB table is known: what it moves in the TCB. */
  tcb: { answer: TcbMove; choices: Choice<TcbMove>[] } | null;
}

/** "What does the endpoint send: flags, SEQ, ACK?" */
export interface SegmentQuestion extends QuestionBase {
  kind: 'segment';
  send: SendEvent;
  /** The sender's state when it sends. */
  senderState: TcpStateName;
  flags: { answer: string; choices: Choice<string>[] };
  seq: { answer: number; choices: Choice<number>[] };
  ack: { answer: number | null; choices: Choice<number | null>[] };
}

export type Question = StateQuestion | SegmentQuestion;

/** The parts a question is scored on. */
export type QuizPart = 'state' | 'tcb' | 'flags' | 'seq' | 'ack';

export function partsOf(q: Question): QuizPart[] {
  if (q.kind === 'segment') return ['flags', 'seq', 'ack'];
  return q.tcb === null ? ['state'] : ['state', 'tcb'];
}

/** Whether a step starts a new cause: something from outside an endpoint's machine. */
function isCause(step: Step): boolean {
  const e = step.event;
  return e.type === 'deliver' || e.type === 'drop' || e.type === 'call' || e.type === 'timer';
}

/** The steps caused by step s: the ones after it at the same time, up to the next cause. */
function consequences(steps: readonly Step[], s: Step): Step[] {
  const out: Step[] = [];
  for (let i = s.n; i < steps.length; i++) {
    const next = steps[i];
    if (next === undefined || next.t !== s.t || isCause(next)) break;
    out.push(next);
  }
  return out;
}

/**
 * Every question a run asks, in the order the player meets them; with the run's TCB table, an
 * arriving segment also asks what it moves in the receiver's TCB.
 */
export function buildQuestions(run: RunModel, tcbTable?: TcbTable): Question[] {
  const { steps } = run.timeline;
  const sends = new Map(run.timeline.segments.map((s) => [s.send.id, s.send]));
  const stateAt = (cursor: number, endpoint: EndpointId): TcpStateName =>
    run.checkpoints[cursor]?.[endpoint].state ?? 'CLOSED';
  const sentBefore = new Map<EndpointId, SendEvent[]>([
    ['client', []],
    ['server', []],
  ]);
  const questions: Question[] = [];
  for (const step of steps) {
    const e = step.event;
    let endpoint: EndpointId | null = null;
    let cause: StateCause | null = null;
    if (e.type === 'deliver') {
      const send = sends.get(e.id);
      if (send !== undefined) {
        endpoint = send.to;
        cause = { kind: 'segment', send };
      }
    } else if (e.type === 'call' && e.error === null) {
      endpoint = e.endpoint;
      cause = { kind: 'call', call: e.call, bytes: e.bytes ?? null };
    } else if (e.type === 'timer') {
      endpoint = e.endpoint;
      cause = { kind: 'timer', timer: e.timer };
    }
    if (endpoint !== null && cause !== null) {
      const who = endpoint;
      const changes = consequences(steps, step).filter(
        (c) => c.event.type === 'state' && c.event.endpoint === who,
      );
      const last = changes.at(-1);
      const from = stateAt(step.n, who);
      const answer = last?.event.type === 'state' ? last.event.to : from;
      const revealAt = last?.n ?? step.n;
      const move =
        tcbTable === undefined || cause.kind !== 'segment'
          ? null
          : tcbMoveOf(tcbTable, run.timeline, who, step.n, revealAt);
      const explained = consequences(steps, step).find(
        (c) => c.event.type === 'send' || c.event.type === 'notice',
      );
      questions.push({
        kind: 'state',
        id: questions.length,
        askAt: step.n,
        revealAt,
        ruleStep: last?.n ?? explained?.n ?? null,
        endpoint: who,
        from,
        cause,
        state: { answer, choices: stateChoices(from, answer) },
        tcb: move === null ? null : { answer: move, choices: tcbMoveChoices(move) },
      });
    }
    if (e.type === 'send' && e.duplicateOf === undefined) {
      const before = sentBefore.get(e.from) ?? [];
      const flags = flagsText(e.flags);
      questions.push({
        kind: 'segment',
        id: questions.length,
        askAt: step.n - 1,
        revealAt: step.n,
        ruleStep: step.n,
        send: e,
        senderState: stateAt(step.n - 1, e.from),
        flags: { answer: flags, choices: flagChoices(flags) },
        seq: { answer: e.seq, choices: seqChoices(e, before) },
        ack: { answer: e.ack, choices: ackChoices(e) },
      });
      before.push(e);
    }
  }
  return questions;
}
