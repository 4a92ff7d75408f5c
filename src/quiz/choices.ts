/**
 * Plausible wrong answers, generated from the segment or transition itself (never written per
 * scenario): each one is a mistake students really make, tagged so the feedback can name it.
 */
import type { QuizMistake } from '../i18n/index.ts';
import { machineEdges, type TcpStateName } from '../layout/index.ts';
import {
  seq,
  seqAdd,
  seqGt,
  createRng,
  sendSpace,
  tcpEndpointMachine,
  TCP_STATES,
  type SendEvent,
  type SeqNum,
} from '../sim/index.ts';

/** The mistakes a wrong choice stands for (the catalogue explains each). */
export type Mistake = QuizMistake;

/** One offered answer; `mistake` is null for the right one. */
export interface Choice<V> {
  value: V;
  mistake: Mistake | null;
}

/** How many answers each part offers at most (the right one included). */
export const CHOICES_PER_PART = 4;

function pick<V>(
  answer: V,
  wrong: readonly Choice<V>[],
  same: (a: V, b: V) => boolean,
): Choice<V>[] {
  const out: Choice<V>[] = [{ value: answer, mistake: null }];
  for (const c of wrong) {
    if (out.length >= CHOICES_PER_PART) break;
    if (out.some((o) => same(o.value, c.value))) continue;
    out.push(c);
  }
  return out;
}

const sameNumber = (a: number | null, b: number | null): boolean => a === b;

/** States the machine can move to from `from`, read from its own transitions. */
const TARGETS: ReadonlyMap<TcpStateName, TcpStateName[]> = (() => {
  const map = new Map<TcpStateName, TcpStateName[]>();
  for (const e of machineEdges(tcpEndpointMachine)) {
    const list = map.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    map.set(e.from, list);
  }
  for (const list of map.values())
    list.sort((a, b) => TCP_STATES.indexOf(a) - TCP_STATES.indexOf(b));
  return map;
})();

/**
 * States people confuse with each answer: the neighbours in the figure that folklore mixes up
 * (FIN-WAIT-2 for TIME-WAIT, SYN-RECEIVED for the client of a handshake, TIME-WAIT for the
 * side that closed second).
 */
const CONFUSED_WITH: Readonly<Record<TcpStateName, readonly TcpStateName[]>> = {
  CLOSED: ['TIME-WAIT', 'LISTEN', 'FIN-WAIT-2'],
  LISTEN: ['CLOSED', 'SYN-RECEIVED', 'SYN-SENT'],
  'SYN-SENT': ['SYN-RECEIVED', 'CLOSED', 'ESTABLISHED'],
  'SYN-RECEIVED': ['SYN-SENT', 'ESTABLISHED', 'LISTEN'],
  ESTABLISHED: ['SYN-RECEIVED', 'SYN-SENT', 'CLOSE-WAIT'],
  'FIN-WAIT-1': ['FIN-WAIT-2', 'CLOSE-WAIT', 'CLOSING'],
  'FIN-WAIT-2': ['TIME-WAIT', 'FIN-WAIT-1', 'CLOSING'],
  'CLOSE-WAIT': ['LAST-ACK', 'FIN-WAIT-2', 'TIME-WAIT'],
  CLOSING: ['TIME-WAIT', 'FIN-WAIT-2', 'LAST-ACK'],
  'LAST-ACK': ['TIME-WAIT', 'CLOSE-WAIT', 'CLOSED'],
  'TIME-WAIT': ['CLOSED', 'FIN-WAIT-2', 'CLOSING'],
};

/**
 * The next state. Wrong answers: staying put, the states folklore confuses with the answer, and
 * the machine's other transitions from there (those first when the right answer is to stay).
 */
export function stateChoices(from: TcpStateName, answer: TcpStateName): Choice<TcpStateName>[] {
  const moves = (TARGETS.get(from) ?? []).map((to): Choice<TcpStateName> => ({
    value: to,
    mistake: 'other-transition',
  }));
  const confused = CONFUSED_WITH[answer].map((s): Choice<TcpStateName> => ({
    value: s,
    mistake: 'other-transition',
  }));
  // When it stays, the plausible wrong answers are the moves it could have made.
  const wrong =
    answer === from
      ? [...moves, ...confused]
      : [{ value: from, mistake: 'stays' } as const, ...confused, ...moves];
  return pick(answer, wrong, (a, b) => a === b);
}

/** Flags people confuse with each other, for any segment (the right answer is removed). */
const FLAG_CONFUSIONS: Readonly<Record<string, readonly [string, Mistake][]>> = {
  SYN: [
    ['SYN+ACK', 'flags-other'],
    ['ACK', 'flags-other'],
    ['RST', 'flags-other'],
  ],
  'SYN+ACK': [
    ['SYN', 'ack-always'],
    ['ACK', 'flags-other'],
    ['RST+ACK', 'flags-other'],
  ],
  ACK: [
    ['SYN+ACK', 'flags-other'],
    ['FIN+ACK', 'flags-other'],
    ['PSH+ACK', 'flags-other'],
  ],
  'PSH+ACK': [
    ['PSH', 'ack-always'],
    ['ACK', 'flags-other'],
    ['FIN+ACK', 'flags-other'],
  ],
  'FIN+ACK': [
    ['FIN', 'ack-always'],
    ['ACK', 'flags-other'],
    ['RST', 'flags-other'],
  ],
  RST: [
    ['RST+ACK', 'rst-form'],
    ['FIN+ACK', 'flags-other'],
    ['ACK', 'flags-other'],
  ],
  'RST+ACK': [
    ['RST', 'rst-form'],
    ['FIN+ACK', 'flags-other'],
    ['ACK', 'flags-other'],
  ],
};
const FALLBACK_FLAGS: readonly [string, Mistake][] = [
  ['ACK', 'flags-other'],
  ['SYN+ACK', 'flags-other'],
  ['FIN+ACK', 'flags-other'],
  ['RST', 'flags-other'],
];

/** The flags as people say them ("SYN+ACK"), with confusable alternatives. */
export function flagChoices(answer: string): Choice<string>[] {
  const wrong = [...(FLAG_CONFUSIONS[answer] ?? []), ...FALLBACK_FLAGS].map(
    ([value, mistake]): Choice<string> => ({ value, mistake }),
  );
  return pick(answer, wrong, (a, b) => a === b);
}

/** The first sequence number the sender has not used yet (serial-number order, RFC 1982). */
function nextNew(before: readonly SendEvent[]): SeqNum {
  let best: SeqNum | null = null;
  for (const s of before) {
    const end = seqAdd(seq(s.seq), sendSpace(s));
    if (best === null || seqGt(end, best)) best = end;
  }
  return best ?? seq(0);
}

/**
 * SEQ: `before` are the sender's earlier segments (oldest first). Wrong answers: 0 for an ISN,
 * the previous SEQ not advanced, SEQ + LEN + 1 after data, SEQ + LEN without SYN/FIN's one, the
 * peer's number, a retransmission sent as new data, and one too many.
 */
export function seqChoices(send: SendEvent, before: readonly SendEvent[]): Choice<number>[] {
  const answer = send.seq;
  const wrong: Choice<number>[] = [];
  const prev = before.at(-1);
  if (send.flags.includes('SYN')) {
    wrong.push({ value: 0, mistake: 'isn-zero' });
    if (send.ack !== null) wrong.push({ value: send.ack, mistake: 'peer-number' });
  } else if (prev !== undefined) {
    if (send.retransmission) wrong.push({ value: nextNew(before), mistake: 'retransmit-new' });
    wrong.push({ value: prev.seq, mistake: 'not-advanced' });
    const isSynOrFin = prev.flags.includes('SYN') || prev.flags.includes('FIN');
    if (isSynOrFin)
      wrong.push({ value: seqAdd(seq(prev.seq), prev.len), mistake: 'forgot-syn-fin-one' });
    else if (prev.len > 0)
      wrong.push({ value: seqAdd(seq(prev.seq), prev.len + 1), mistake: 'plus-one-for-data' });
    if (send.ack !== null) wrong.push({ value: send.ack, mistake: 'peer-number' });
  }
  wrong.push({ value: seqAdd(seq(answer), 1), mistake: 'off-by-one' });
  wrong.push({ value: seqAdd(seq(answer), -1), mistake: 'off-by-one' });
  return pick(answer, wrong, sameNumber);
}

/**
 * ACK (null: the flag is clear). Wrong answers from the core's own ACK basis: SEQ + LEN + 1 for
 * data, SEQ + LEN without SYN/FIN's one, the peer's SEQ echoed, the sender's own SEQ, no ACK flag
 * at all, and one too many.
 */
export function ackChoices(send: SendEvent): Choice<number | null>[] {
  const answer = send.ack;
  const wrong: Choice<number | null>[] = [];
  if (answer === null) {
    wrong.push({ value: 0, mistake: 'ack-when-none' });
    wrong.push({ value: seqAdd(seq(send.seq), 1), mistake: 'ack-when-none' });
    wrong.push({ value: 1, mistake: 'ack-when-none' });
    return pick(answer, wrong, sameNumber);
  }
  const basis = send.ackBasis ?? null;
  if (basis !== null) {
    const s = seq(basis.seq);
    if (basis.syn || basis.fin)
      wrong.push({ value: seqAdd(s, basis.len), mistake: 'forgot-syn-fin-one' });
    else if (basis.len > 0) {
      wrong.push({ value: seqAdd(s, basis.len + 1), mistake: 'plus-one-for-data' });
      wrong.push({ value: seqAdd(s, 1), mistake: 'forgot-len' });
    }
    wrong.push({ value: basis.seq, mistake: 'echo-seq' });
  }
  wrong.push({ value: send.seq, mistake: 'own-seq' });
  wrong.push({ value: null, mistake: 'no-ack-flag' });
  wrong.push({ value: seqAdd(seq(answer), 1), mistake: 'off-by-one' });
  return pick(answer, wrong, sameNumber);
}

/** Items in a fixed order drawn from a seed, so the right answer is not always first. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rng = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextU32() % (i + 1);
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}
