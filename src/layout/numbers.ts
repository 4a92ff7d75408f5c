/**
 * How sequence numbers and flags are shown: absolute (as on the wire, as textbooks print them)
 * or relative to each side's initial sequence number (as Wireshark shows them by default).
 */
import {
  seq,
  seqDiff,
  type EndpointId,
  type SendEvent,
  type TcpFlag,
  type Trace,
} from '../sim/index.ts';

/** Absolute or relative sequence numbers. */
export type NumberMode = 'absolute' | 'relative';

/** From `t` on, `side`'s numbers count from `base`: a later connection's new ISN. */
export interface BaseChange {
  side: EndpointId;
  t: number;
  base: number;
}

/**
 * The base each side's numbers are shown relative to, and, when a side opened a later
 * connection with a new ISN, from when each later base holds.
 */
export type RelativeBases = Record<EndpointId, number | null> & {
  readonly changes?: readonly BaseChange[];
};

/**
 * Each side's ISN when it opened with a SYN (the trace's own, else the SYN's SEQ); else the SEQ
 * of its first segment, as Wireshark does: for a capture that starts mid-stream, and for a side
 * that never used its ISN (a closed port's RST carries SEQ 0, RFC 9293 §3.10.7.1, which counted
 * from an unused ISN would show as a negative number). A later SYN of the side's own with a new
 * ISN (a new connection from the same port) starts counting again, as Wireshark does for a
 * reused port; forged SYNs do not.
 */
export function relativeBases(trace: Trace): RelativeBases {
  const bases: Record<EndpointId, number | null> = { client: null, server: null };
  const changes: BaseChange[] = [];
  for (const side of ['client', 'server'] as const) {
    const known = trace.endpoints[side].isn;
    const sends = trace.events.filter(
      (e): e is SendEvent =>
        e.type === 'send' && e.from === side && e.forged !== true && e.spoofedAddress === undefined,
    );
    const syns = sends.filter((s) => s.flags.includes('SYN'));
    const first = syns[0];
    bases[side] = first === undefined ? (sends[0]?.seq ?? known) : (known ?? first.seq);
    let base = bases[side];
    for (const syn of syns.slice(1)) {
      if (syn.seq === base) continue;
      base = syn.seq;
      changes.push({ side, t: syn.t, base });
    }
  }
  return changes.length === 0 ? bases : { ...bases, changes };
}

/** The bases that hold at time t: each side's latest connection begun by then. */
export function basesAt(bases: RelativeBases, t: number): RelativeBases {
  if (bases.changes === undefined) return bases;
  const now: Record<EndpointId, number | null> = { client: bases.client, server: bases.server };
  for (const c of bases.changes) if (c.t <= t) now[c.side] = c.base;
  return now;
}

/**
 * A sequence number as shown: `owner` is the side whose sequence space it belongs to (the
 * sender for SEQ, the receiver for ACK). `bases` are those that hold when it was sent
 * (`basesAt`).
 */
export function showSeq(
  value: number,
  owner: EndpointId,
  mode: NumberMode,
  bases: RelativeBases,
): number {
  const base = bases[owner];
  if (mode === 'absolute' || base === null) return value;
  return seqDiff(seq(value), seq(base));
}

/** The numbers of a segment as shown. */
export interface ShownNumbers {
  seq: number;
  ack: number | null;
  len: number;
}

/** SEQ, ACK and LEN of a segment in the chosen mode. */
export function shownNumbers(
  send: SendEvent,
  mode: NumberMode,
  allBases: RelativeBases,
): ShownNumbers {
  const bases = basesAt(allBases, send.t);
  return {
    seq: showSeq(send.seq, send.from, mode, bases),
    ack: send.ack === null ? null : showSeq(send.ack, send.to, mode, bases),
    len: send.len,
  };
}

/** The six classic control bits in header order, most significant first (RFC 9293 §3.1). */
export const CLASSIC_FLAGS = ['URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'] as const;

/** Each classic bit of a segment as 0 or 1, most significant first. */
export function flagBits(
  flags: readonly TcpFlag[],
): { flag: (typeof CLASSIC_FLAGS)[number]; bit: 0 | 1 }[] {
  return CLASSIC_FLAGS.map((flag) => ({ flag, bit: flags.includes(flag) ? 1 : 0 }));
}

/** A duration split into a number and a unit, for the message catalogue to phrase. */
export interface DurationParts {
  value: string;
  unit: 'ms' | 's' | 'min';
}

/** Seconds (or minutes for long stretches) with sensible precision: 100 ms, 1.0 s, 4 min. */
export function durationParts(ms: number): DurationParts {
  const abs = Math.abs(ms);
  if (abs >= 120_000 && abs % 60_000 === 0) return { value: String(abs / 60_000), unit: 'min' };
  if (abs >= 60_000) return { value: (abs / 60_000).toFixed(1), unit: 'min' };
  if (abs >= 10_000) return { value: (abs / 1000).toFixed(0), unit: 's' };
  if (abs >= 1000) return { value: (abs / 1000).toFixed(1), unit: 's' };
  return { value: String(Math.round(abs)), unit: 'ms' };
}

/** A trace clock reading: "0.300 s". */
export function formatClock(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}
