/**
 * A run's TCB table: each endpoint's transmission control block (RFC 9293 §3.3.1) where it
 * changes, keyed by the index of the trace event that changed it. It is kept beside the trace,
 * not in its events: a trace is what the first view loads, and the table loads only when the TCB
 * panel opens.
 */
import type { Tcb } from './tcb.ts';
import type { TcpStateName } from './tcp-state.ts';
import type { EndpointId } from './trace.ts';

/** The variables the TCB panel shows, absolute (sequence numbers as on the wire). */
export interface TcbValues {
  iss: number;
  /** Null until the peer's SYN has arrived. */
  irs: number | null;
  sndUna: number;
  sndNxt: number;
  /** Send window in bytes (scaled). */
  sndWnd: number;
  /** Null until the peer's SYN has arrived. */
  rcvNxt: number | null;
  rcvWnd: number;
  /** The MSS this side sends with: min(the peer's, its own). */
  mss: number;
  /** Negotiated window-scale shifts (RFC 7323 §2.2: Snd.Wind.Shift, Rcv.Wind.Shift). */
  sndScale: number;
  rcvScale: number;
  /** The sequence number of this side's FIN once sent, else null. */
  finSeq: number | null;
}

/** One endpoint's TCB from event `at` on (null: it has no connection). */
export interface TcbChange {
  /** Index in the trace's events; -1 for what holds before the first event. */
  at: number;
  endpoint: EndpointId;
  tcb: TcbValues | null;
}

/** A run's TCB changes in event order. */
export interface TcbTable {
  /** Inferred from a capture's segments, not the endpoints' own. */
  inferred: boolean;
  changes: TcbChange[];
}

/**
 * The panel's values of a machine's TCB, or null while it holds no connection: before an open
 * has sent or taken a SYN (CLOSED, LISTEN), and once it is CLOSED again, when RFC 9293 §3.10.7.1
 * deletes the TCB.
 */
export function tcbValues(state: TcpStateName, tcb: Tcb): TcbValues | null {
  if (state === 'CLOSED' || state === 'LISTEN') return null;
  return {
    iss: tcb.iss,
    irs: tcb.synReceived ? tcb.irs : null,
    sndUna: tcb.sndUna,
    sndNxt: tcb.sndNxt,
    sndWnd: tcb.sndWnd,
    rcvNxt: tcb.synReceived ? tcb.rcvNxt : null,
    rcvWnd: tcb.rcvWnd,
    mss: tcb.effectiveMss,
    sndScale: tcb.sndScale,
    rcvScale: tcb.rcvScale,
    finSeq: tcb.finSeq,
  };
}

/** The names of the variables, in the panel's order. */
export const TCB_FIELDS = [
  'iss',
  'irs',
  'sndUna',
  'sndNxt',
  'sndWnd',
  'rcvNxt',
  'rcvWnd',
  'mss',
  'sndScale',
  'rcvScale',
] as const satisfies readonly (keyof TcbValues)[];

/** A variable the TCB panel shows. */
export type TcbField = (typeof TCB_FIELDS)[number];

/** Whether two snapshots hold the same values (null: no connection). */
export function sameTcb(a: TcbValues | null, b: TcbValues | null): boolean {
  if (a === null || b === null) return a === b;
  return TCB_FIELDS.every((f) => a[f] === b[f]) && a.finSeq === b.finSeq;
}

/** One endpoint's TCB at a step: after it, before it, and whether a connection ever existed. */
export interface TcbAtStep {
  now: TcbValues | null;
  before: TcbValues | null;
  /** A connection existed at or before the step (so null now means it was closed). */
  existed: boolean;
}

/**
 * `endpoint`'s TCB at the step whose events start at `first` and end at `last` (-1, -1: before
 * any event): the snapshot after its last event, and the one before its first.
 */
export function tcbAtStep(
  table: TcbTable,
  endpoint: EndpointId,
  first: number,
  last: number,
): TcbAtStep {
  let now: TcbValues | null = null;
  let before: TcbValues | null = null;
  let existed = false;
  for (const change of table.changes) {
    if (change.endpoint !== endpoint) continue;
    if (change.at > last) break;
    if (change.at < first) before = change.tcb;
    now = change.tcb;
    if (change.tcb !== null) existed = true;
  }
  return { now, before, existed };
}
