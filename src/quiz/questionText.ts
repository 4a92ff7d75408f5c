/** A question's prompt and its choices' labels, in the chosen language and number mode. */
import type { MessagesWith } from '../i18n/index.ts';
import {
  basesAt,
  showSeq,
  shownNumbers,
  type NumberMode,
  type RelativeBases,
} from '../layout/index.ts';
import { shuffled, type Choice } from './choices.ts';
import type { Question, QuizPart } from './questions.ts';
import { flagsText, peerOf } from '../sim/index.ts';

/** One part as the panel offers it: the choices in display order, labelled. */
export interface PartView {
  part: QuizPart;
  /** `index` is the choice's place in the question (what answers record). */
  options: {
    key: string;
    label: string;
    right: boolean;
    index: number;
    mistake: Choice<unknown>['mistake'];
  }[];
}

export function promptOf(
  q: Question,
  t: MessagesWith<'lab'>,
  mode: NumberMode,
  bases: RelativeBases,
): string {
  if (q.kind === 'segment') {
    const from = q.send.from;
    return t.lab.promptSend(t.endpoint[from], q.senderState, t.endpoint[peerOf(from)]);
  }
  const who = t.endpoint[q.endpoint];
  switch (q.cause.kind) {
    case 'segment':
      return t.lab.promptArrives({
        flags: flagsText(q.cause.send.flags),
        numbers: shownNumbers(q.cause.send, mode, bases),
        endpoint: who,
        state: q.from,
      });
    case 'call':
      return t.lab.promptCall(
        who,
        q.cause.call === 'send' && q.cause.bytes !== null
          ? `send(${String(q.cause.bytes)})`
          : t.lab.callLabel[q.cause.call],
        q.from,
      );
    case 'timer':
      return t.lab.promptTimer(who, q.cause.timer, q.from);
  }
}

function view<V>(
  part: QuizPart,
  choices: readonly Choice<V>[],
  /** Shuffles the choices in an order of its own; null keeps them in the given order. */
  seed: number | null,
  label: (v: V) => string,
): PartView {
  const indexed = choices.map((c, index) => ({ ...c, index }));
  return {
    part,
    options: (seed === null ? indexed : shuffled(indexed, seed)).map((c) => ({
      key: String(c.value),
      label: label(c.value),
      right: c.mistake === null,
      index: c.index,
      mistake: c.mistake,
    })),
  };
}

/** The parts of a question, each with its choices in a fixed order of its own. */
export function partViews(
  q: Question,
  t: MessagesWith<'lab'>,
  mode: NumberMode,
  allBases: RelativeBases,
): PartView[] {
  const seed = q.id * 7919 + 17;
  if (q.kind === 'state') {
    const state = view('state', q.state.choices, seed, (s) => s);
    // The four moves keep their reading order (SND.UNA, RCV.NXT, both, neither).
    return q.tcb === null
      ? [state]
      : [state, view('tcb', q.tcb.choices, null, (m) => t.lab.tcbMove[m])];
  }
  const { send } = q;
  const bases = basesAt(allBases, send.t);
  return [
    view('flags', q.flags.choices, seed, (f) => f),
    view('seq', q.seq.choices, seed + 1, (v) => String(showSeq(v, send.from, mode, bases))),
    view('ack', q.ack.choices, seed + 2, (v) =>
      v === null ? t.lab.noAckFlag : String(showSeq(v, send.to, mode, bases)),
    ),
  ];
}
