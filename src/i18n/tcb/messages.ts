/** The TCB panel's and the sequence line's words, loaded with the panel. */
import type { SeqSpanKind } from '../../layout/index.ts';
import type { TcbField } from '../../sim/index.ts';

export interface TcbMessages {
  title: string;
  /** One line under the title: what the panel shows and where it comes from. */
  intro: string;
  /** A capture's values: inferred, not read from the endpoints. */
  inferred: string;
  /** The same, as a word beside each side's name. */
  inferredTag: string;
  loading: string;
  /** The run has no TCB values (a trace from elsewhere). */
  unavailable: string;
  /** Before the endpoint has a connection. */
  noConnectionYet: string;
  /** After the connection is gone (CLOSED again). */
  closed: string;
  /** Table headers. */
  variable: string;
  value: string;
  meaning: string;
  /** A value this step changed, with the one before it. */
  changedFrom: (old: string) => string;
  /** A value not known yet (IRS before the peer's SYN). */
  notYet: string;
  bytes: (n: string) => string;
  rows: Record<TcbField, { name: string; meaning: string }>;
  line: {
    title: string;
    /** The line of one direction, by sender and receiver. */
    direction: (from: string, to: string) => string;
    spans: Record<SeqSpanKind, string>;
    ack: string;
    isn: string;
    wrap: string;
    /** The line's text alternative: its parts as sentences. */
    range: (name: string, from: string, to: string) => string;
    slot: (name: string, at: string) => string;
    ackAt: (at: string) => string;
    wrapsAt: (at: string) => string;
    emptySegment: (at: string) => string;
  };
}
