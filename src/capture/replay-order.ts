/**
 * The order in which a captured conversation is replayed through the machines, and where the
 * inferred events go among the captured ones.
 */
import { seq, seqAdd, seqLe, seqSpace, type SendEvent, type TraceEvent } from '../sim/index.ts';
import { toSegment } from './replay-segment.ts';

/** One replay step: a side sends a captured segment, or a captured segment arrives. */
export type Step =
  { kind: 'send'; t: number; event: SendEvent } | { kind: 'arrive'; t: number; event: SendEvent };

/**
 * Replays sends in capture order and each arrival at its estimated time, with two causal rules
 * before a side's segment Y: every arrival Y acknowledges is delivered first, even if the flight
 * estimate says later; and an arrival carrying sequence space that Y does not acknowledge is
 * held back until after Y (that side had not processed it yet: crossing FINs cross).
 */
export function orderSteps(sends: SendEvent[]): Step[] {
  const pending = sends
    .filter((e) => e.lost !== true)
    .sort((a, b) => a.arrivesAt - b.arrivesAt || a.id - b.id);
  const out: Step[] = [];
  const deliver = (e: SendEvent, t: number): void => {
    out.push({ kind: 'arrive', t, event: e });
    pending.splice(pending.indexOf(e), 1);
  };
  for (const y of [...sends].sort((a, b) => a.t - b.t || a.id - b.id)) {
    for (const x of [...pending]) {
      if (x.arrivesAt > y.t) break;
      const notYetSeen = x.to === y.from && y.ack !== null && carriesSeq(x) && !acknowledges(y, x);
      if (!notYetSeen) deliver(x, x.arrivesAt);
    }
    for (const x of pending.filter((p) => p.to === y.from && acknowledges(y, p))) deliver(x, y.t);
    out.push({ kind: 'send', t: y.t, event: y });
  }
  for (const x of [...pending]) deliver(x, x.arrivesAt);
  return out;
}

function carriesSeq(e: SendEvent): boolean {
  return e.len > 0 || e.flags.includes('SYN') || e.flags.includes('FIN');
}

/** `by`'s ACK covers all of `what`'s sequence space. */
function acknowledges(by: SendEvent, what: SendEvent): boolean {
  if (by.ack === null || !carriesSeq(what)) return false;
  const end = seqAdd(seq(what.seq), seqSpace(toSegment(what)));
  return seqLe(end, seq(by.ack));
}

/** Inserts inferred events after the capture event that caused them, keeping time order. */
export function mergeEvents(events: TraceEvent[], inferred: TraceEvent[]): TraceEvent[] {
  const rank = (e: TraceEvent): number => (e.type === 'deliver' ? 0 : e.type === 'send' ? 2 : 1);
  const all = [
    ...events.map((event, i) => ({ event, key: i })),
    ...inferred.map((event, i) => ({ event, key: events.length + i })),
  ];
  return all
    .sort((a, b) => a.event.t - b.event.t || rank(a.event) - rank(b.event) || a.key - b.key)
    .map((x) => x.event);
}
