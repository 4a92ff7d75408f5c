/** The quiz's score: one point per part answered right (a state, or a segment's flags, SEQ, ACK). */
import { partsOf, type Question, type QuizPart } from './questions.ts';

/** The student's picks: per question, per part, the index of the chosen answer. */
export type Answers = ReadonlyMap<number, Partial<Record<QuizPart, number>>>;

export interface Tally {
  correct: number;
  answered: number;
}

export interface Score extends Tally {
  /** Parts in all the questions. */
  total: number;
  byPart: Record<QuizPart, Tally>;
  /** Questions answered in full. */
  questionsAnswered: number;
}

/** Whether the pick for a part is the right answer. */
export function isCorrect(q: Question, part: QuizPart, pick: number): boolean {
  const choice =
    q.kind === 'state'
      ? part === 'state'
        ? q.state.choices[pick]
        : part === 'tcb'
          ? q.tcb?.choices[pick]
          : undefined
      : part === 'flags'
        ? q.flags.choices[pick]
        : part === 'seq'
          ? q.seq.choices[pick]
          : part === 'ack'
            ? q.ack.choices[pick]
            : undefined;
  return choice !== undefined && choice.mistake === null;
}

/** Whether every part of a question has a pick. */
export function isAnswered(q: Question, answers: Answers): boolean {
  const picks = answers.get(q.id);
  return picks !== undefined && partsOf(q).every((p) => picks[p] !== undefined);
}

export function score(questions: readonly Question[], answers: Answers): Score {
  const empty = (): Tally => ({ correct: 0, answered: 0 });
  const byPart: Record<QuizPart, Tally> = {
    state: empty(),
    tcb: empty(),
    flags: empty(),
    seq: empty(),
    ack: empty(),
  };
  let total = 0;
  let questionsAnswered = 0;
  for (const q of questions) {
    const parts = partsOf(q);
    total += parts.length;
    if (!isAnswered(q, answers)) continue;
    questionsAnswered += 1;
    const picks = answers.get(q.id) ?? {};
    for (const part of parts) {
      const pick = picks[part];
      if (pick === undefined) continue;
      byPart[part].answered += 1;
      if (isCorrect(q, part, pick)) byPart[part].correct += 1;
    }
  }
  const sum = (k: keyof Tally) => Object.values(byPart).reduce((n, t) => n + t[k], 0);
  return { correct: sum('correct'), answered: sum('answered'), total, byPart, questionsAnswered };
}
