/**
 * Questions generated from traces: the right answer is always the trace's own, each part offers
 * distinct choices with exactly one right, and the wrong ones are the classic mistakes.
 */
import { buildRunModel } from '../../src/layout/index.ts';
import { builtInScenarios, getScenario } from '../../src/scenarios/index.ts';
import {
  simulate,
  simulateSynFlood,
  SYN_FLOOD_DEFAULTS,
  trySimulate,
} from '../../src/sim/index.ts';
import { buildQuestions, partsOf, type Question } from '../../src/quiz/questions.ts';
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

describe('what an arriving segment moves in the TCB', () => {
  /** The questions with the run's TCB table, and the one about `flags` arriving at `endpoint`. */
  function withTable(name: string) {
    const s = getScenario(name);
    if (s === undefined) throw new Error(name);
    const result = trySimulate(s);
    if (!result.ok) throw new Error('over budget');
    const qs = buildQuestions(buildRunModel(result.trace), result.tcb);
    const arrivals = qs.flatMap((q) =>
      q.kind === 'state' && q.cause.kind === 'segment' ? [{ q, send: q.cause.send }] : [],
    );
    return { qs, arrivals };
  }

  it('in the handshake: the SYN+ACK moves both at the client, the last ACK only SND.UNA', () => {
    const { arrivals } = withTable('basic-handshake');
    const [syn, synAck, ack] = arrivals;
    // The SYN finds a listener, which has no TCB yet: nothing to ask.
    expect(syn?.send.flags).toEqual(['SYN']);
    expect(syn?.q.tcb).toBeNull();
    expect(partsOf(syn?.q ?? fail())).toEqual(['state']);
    // SYN-SENT: SND.UNA = ISS 1000 -> 1001 (the ACK covers the SYN); RCV.NXT from unknown to
    // IRS + 1 = 5001.
    expect(synAck?.q.endpoint).toBe('client');
    expect(synAck?.q.tcb?.answer).toBe('both');
    expect(partsOf(synAck?.q ?? fail())).toEqual(['state', 'tcb']);
    // The bare ACK takes no sequence number: the server's RCV.NXT stays 1001, SND.UNA 5000 -> 5001.
    expect(ack?.q.endpoint).toBe('server');
    expect(ack?.q.tcb?.answer).toBe('una');
  });

  it('data with an old ACK moves RCV.NXT only, and the wrong choices name the mistakes', () => {
    const { arrivals } = withTable('client-closes-first');
    const data = arrivals.find((a) => a.send.len === 100);
    expect(data?.send.ack).toBe(5001);
    const tcb = data?.q.tcb;
    expect(tcb?.answer).toBe('rcv');
    expect(tcb?.choices.map((c) => [c.value, c.mistake])).toEqual([
      ['una', 'una-old-ack'],
      ['rcv', null],
      ['both', 'una-old-ack'],
      ['neither', 'rcv-new-numbers'],
    ]);
    // Its ACK (SEQ 1001 + LEN 100 = 1101) then moves only the client's SND.UNA.
    const ackOfData = arrivals.find((a) => a.send.ack === 1101 && a.send.len === 0);
    expect(ackOfData?.q.tcb?.answer).toBe('una');
    expect(ackOfData?.q.tcb?.choices.find((c) => c.value === 'rcv')?.mistake).toBe('una-new-ack');
  });

  it('out of order: a segment past RCV.NXT and duplicate ACKs move nothing; the gap filled moves RCV.NXT', () => {
    const { arrivals } = withTable('reordered-segments');
    const early = arrivals.find((a) => a.send.seq === 2461);
    expect(early?.q.tcb?.answer).toBe('neither');
    expect(early?.q.tcb?.choices.find((c) => c.value === 'rcv')?.mistake).toBe('rcv-nothing-new');
    const gap = arrivals.find((a) => a.send.seq === 1001 && a.send.len === 1460);
    expect(gap?.q.tcb?.answer).toBe('rcv');
    const duplicates = arrivals.filter(
      (a) => a.send.flags.join() === 'ACK' && a.send.len === 0 && a.send.ack === 1001,
    );
    expect(duplicates.length).toBeGreaterThanOrEqual(2);
    for (const d of duplicates) expect(d.q.tcb?.answer).toBe('neither');
  });

  it('asks nothing when a SYN replaces the connection in TIME-WAIT', () => {
    const { arrivals } = withTable('time-wait-reconnect-higher-isn');
    const reopening = arrivals.find((a) => a.send.flags.includes('SYN') && a.send.seq === 3000);
    expect(reopening?.q.from).toBe('TIME-WAIT');
    expect(reopening?.q.tcb).toBeNull();
  });

  it('in every built-in: a bare ACK never moves RCV.NXT, and only an ACK moves SND.UNA', () => {
    for (const s of builtInScenarios) {
      const { qs, arrivals } = withTable(s.name);
      expect(arrivals.some((a) => a.q.tcb !== null)).toBe(s.name !== 'syn-to-closed-port');
      for (const { q, send } of arrivals) {
        const move = q.tcb?.answer;
        if (move === undefined) continue;
        const takesNumbers =
          send.len > 0 || send.flags.includes('SYN') || send.flags.includes('FIN');
        if (!takesNumbers) expect(['una', 'neither']).toContain(move);
        if (!send.flags.includes('ACK')) expect(['rcv', 'neither']).toContain(move);
        expect(q.tcb?.choices.filter((c) => c.mistake === null).map((c) => c.value)).toEqual([
          move,
        ]);
      }
      // Without the table, no question has the part.
      const plain = buildQuestions(buildRunModel(simulate(s)));
      expect(plain.every((q) => q.kind === 'segment' || q.tcb === null)).toBe(true);
      expect(plain.length).toBe(qs.length);
    }
  });

  it('scores the part like any other', () => {
    const { qs, arrivals } = withTable('basic-handshake');
    const synAck = arrivals[1]?.q;
    if (synAck?.tcb === null || synAck === undefined) throw new Error('fixture');
    const right = synAck.tcb.choices.findIndex((c) => c.mistake === null);
    const rightState = synAck.state.choices.findIndex((c) => c.mistake === null);
    const s = score(qs, new Map([[synAck.id, { state: rightState, tcb: (right + 1) % 4 }]]));
    expect(s.byPart.tcb).toEqual({ correct: 0, answered: 1 });
    expect(s.byPart.state).toEqual({ correct: 1, answered: 1 });
    expect(score(qs, new Map([[synAck.id, { state: rightState }]])).questionsAnswered).toBe(0);
  });
});

function fail(): never {
  throw new Error('missing fixture');
}
