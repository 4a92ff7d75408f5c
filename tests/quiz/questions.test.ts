/**
 * Questions generated from traces: the right answer is always the trace's own, each part offers
 * distinct choices with exactly one right, and the wrong ones are the classic mistakes.
 */
import { buildRunModel } from '../../src/layout/index.ts';
import { builtInScenarios, getScenario } from '../../src/scenarios/index.ts';
import { simulate, simulateSynFlood, SYN_FLOOD_DEFAULTS } from '../../src/sim/index.ts';
import { buildQuestions, type Question } from '../../src/quiz/questions.ts';
import { score, type Answers } from '../../src/quiz/scoring.ts';

function questionsOf(name: string): Question[] {
  const s = getScenario(name);
  if (s === undefined) throw new Error(name);
  return buildQuestions(buildRunModel(simulate(s)));
}

describe('questions from the basic handshake', () => {
  const qs = questionsOf('basic-handshake');

  it('asks in the order the player meets them, before each answer is shown', () => {
    expect(
      qs.map((q) => (q.kind === 'state' ? `state:${q.endpoint}` : `send:${q.send.from}`)),
    ).toEqual([
      'state:server',
      'state:client',
      'send:client',
      'state:server',
      'send:server',
      'state:client',
      'send:client',
      'state:server',
    ]);
    for (const q of qs) expect(q.revealAt).toBeGreaterThanOrEqual(q.askAt);
    const asks = qs.map((q) => q.askAt);
    expect([...asks].sort((a, b) => a - b)).toEqual(asks);
  });

  it('knows the client’s SYN-SENT → ESTABLISHED, with the folklore SYN-RECEIVED among the choices', () => {
    const q = qs[5];
    if (q?.kind !== 'state') throw new Error('expected a state question');
    expect(q.from).toBe('SYN-SENT');
    expect(q.state.answer).toBe('ESTABLISHED');
    expect(q.state.choices.map((c) => c.value)).toContain('SYN-RECEIVED');
    expect(q.state.choices.find((c) => c.value === 'SYN-SENT')?.mistake).toBe('stays');
  });

  it('offers the SYN+ACK’s classic mistakes: SYN alone, SEQ 0, ACK without the SYN’s one', () => {
    const q = qs[4];
    if (q?.kind !== 'segment') throw new Error('expected a segment question');
    expect(q.flags.answer).toBe('SYN+ACK');
    expect(q.flags.choices.find((c) => c.value === 'SYN')?.mistake).toBe('ack-always');
    expect(q.seq.answer).toBe(5000);
    expect(q.seq.choices.find((c) => c.value === 0)?.mistake).toBe('isn-zero');
    expect(q.ack.answer).toBe(1001);
    expect(q.ack.choices.find((c) => c.value === 1000)?.mistake).toBe('forgot-syn-fin-one');
    expect(q.ack.choices.find((c) => c.value === null)?.mistake).toBe('no-ack-flag');
  });
});

describe('questions about data', () => {
  it('offer SEQ + LEN + 1 for the ACK of data', () => {
    const qs = questionsOf('handshake-with-data');
    const ackOfData = qs.find(
      (q) => q.kind === 'segment' && q.send.ackBasis?.len !== undefined && q.send.ackBasis.len > 0,
    );
    if (ackOfData?.kind !== 'segment') throw new Error('no ACK of data');
    const basis = ackOfData.send.ackBasis;
    if (basis === null || basis === undefined) throw new Error('no basis');
    expect(ackOfData.ack.answer).toBe(basis.seq + basis.len);
    expect(ackOfData.ack.choices.find((c) => c.mistake === 'plus-one-for-data')?.value).toBe(
      basis.seq + basis.len + 1,
    );
  });
});

describe('every built-in scenario', () => {
  it('has questions whose right answers are the trace’s, with distinct choices and one right', () => {
    for (const s of builtInScenarios) {
      const run = buildRunModel(simulate(s));
      for (const q of buildQuestions(run)) {
        const parts = q.kind === 'state' ? [q.state] : [q.flags, q.seq, q.ack];
        for (const part of parts) {
          const values = part.choices.map((c) => c.value);
          expect(new Set(values).size).toBe(values.length);
          expect(part.choices.filter((c) => c.mistake === null).map((c) => c.value)).toEqual([
            part.answer,
          ]);
          expect(part.choices.length).toBeGreaterThanOrEqual(3);
        }
        if (q.kind === 'segment') {
          expect(q.seq.answer).toBe(q.send.seq);
          expect(q.ack.answer).toBe(q.send.ack);
        } else {
          expect(run.checkpoints[q.revealAt]?.[q.endpoint].state).toBe(q.state.answer);
        }
      }
    }
  });

  it('never asks about a copy the network made', () => {
    const qs = questionsOf('old-duplicate');
    expect(qs.some((q) => q.kind === 'segment' && q.send.duplicateOf !== undefined)).toBe(false);
  });

  it('works on a SYN flood too', () => {
    const qs = buildQuestions(buildRunModel(simulateSynFlood(SYN_FLOOD_DEFAULTS)));
    expect(qs.length).toBeGreaterThan(10);
  });
});

describe('scoring', () => {
  const qs = questionsOf('basic-handshake');
  const rightIndex = (q: Question, part: 'state' | 'flags' | 'seq' | 'ack'): number => {
    const choices =
      q.kind === 'state'
        ? q.state.choices
        : part === 'flags'
          ? q.flags.choices
          : part === 'seq'
            ? q.seq.choices
            : q.ack.choices;
    return choices.findIndex((c) => c.mistake === null);
  };

  it('counts one point per part, only for questions answered in full', () => {
    const [q0, , q2] = qs;
    if (q0 === undefined || q2?.kind !== 'segment') throw new Error('fixture');
    const wrongFlags = q2.flags.choices.findIndex((c) => c.mistake !== null);
    const answers: Answers = new Map([
      [q0.id, { state: rightIndex(q0, 'state') }],
      [q2.id, { flags: wrongFlags, seq: rightIndex(q2, 'seq'), ack: rightIndex(q2, 'ack') }],
      [99, { state: 0 }],
    ]);
    const s = score(qs, answers);
    expect(s.correct).toBe(3);
    expect(s.answered).toBe(4);
    expect(s.questionsAnswered).toBe(2);
    expect(s.byPart.flags).toEqual({ correct: 0, answered: 1 });
    expect(s.byPart.state).toEqual({ correct: 1, answered: 1 });
    expect(s.total).toBe(qs.reduce((n, q) => n + (q.kind === 'state' ? 1 : 3), 0));
    const partial = score(qs, new Map([[q2.id, { flags: 0 }]]));
    expect(partial.answered).toBe(0);
  });
});
