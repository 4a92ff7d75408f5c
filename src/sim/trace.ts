/**
 * The one timeline model. A simulation and an imported capture both produce a Trace; the UI is
 * a player over it. Times are milliseconds from the start of the run; sequence numbers are
 * absolute (the UI may show them relative to the ISNs).
 */
import type { TcpStateName } from './tcp-state.ts';
import type { TraceNote, Why } from './why.ts';

export type { TcpStateName };

/** The two sides of a connection. */
export type EndpointId = 'client' | 'server';

/** TCP control flags, listed in header bit order (FIN is bit 0). */
export const TCP_FLAGS = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR'] as const;
export type TcpFlag = (typeof TCP_FLAGS)[number];

/** Options carried by a segment. Absent fields were not present on the wire. */
export interface SegmentOptions {
  /** Maximum segment size the sender can receive (RFC 9293 §3.7.1). */
  mss?: number;
  /** Window-scale shift count (RFC 7323 §2). */
  windowScale?: number;
  /** SACK-permitted (RFC 2018). */
  sackPermitted?: boolean;
  /** SACK blocks as [left edge, right edge) pairs (RFC 2018). */
  sack?: [number, number][];
  /** Timestamps option (RFC 7323 §3). */
  timestamps?: { value: number; echoReply: number };
}

export type {
  CaptureNoteCode,
  CaptureNoteWhy,
  CapturedSegmentCode,
  CapturedSegmentWhy,
  TraceNote,
  Why,
  WhyParams,
  WhyValue,
} from './why.ts';

/** How the ACK field of a sent segment was computed: the segment that last advanced RCV.NXT. */
export interface AckBasis {
  /** SEG.SEQ of the segment whose arrival set RCV.NXT. */
  seq: number;
  /** Its payload length. */
  len: number;
  /** Whether it carried SYN (which takes one sequence number). */
  syn: boolean;
  /** Whether it carried FIN (which takes one sequence number). */
  fin: boolean;
  /** The resulting ACK: seq + len (+1 for SYN, +1 for FIN), modulo 2^32. */
  ack: number;
}

interface EventBase {
  /** Milliseconds since the start of the run. */
  t: number;
}

/** An endpoint changed state. */
export interface StateEvent extends EventBase {
  type: 'state';
  endpoint: EndpointId;
  from: TcpStateName;
  to: TcpStateName;
  /** One readable sentence with its source, e.g. "ACK of our SYN arrived (RFC 9293 §3.10.7.4)". */
  reason: string;
  why: Why;
}

/** A segment left an endpoint. */
export interface SendEvent extends EventBase {
  type: 'send';
  /** Unique within the trace; deliver/drop events refer to it. */
  id: number;
  from: EndpointId;
  to: EndpointId;
  srcPort: number;
  dstPort: number;
  flags: TcpFlag[];
  seq: number;
  /** null exactly when the ACK flag is clear. */
  ack: number | null;
  len: number;
  /** The window field as on the wire (scaled by the negotiated shift outside SYN segments). */
  window: number;
  options: SegmentOptions;
  retransmission: boolean;
  /** The id of the first transmission of the same data, when this is a retransmission. */
  retransmissionOf?: number;
  /** When the segment reaches (or would have reached) the other side. */
  arrivesAt: number;
  /** The network lost it: a drop event follows. */
  lost?: boolean;
  /** Extra delay the network added on top of the one-way delay. */
  extraDelayMs?: number;
  /** A copy made by the network, not by the sender; `duplicateOf` names the original. */
  duplicateOf?: number;
  /** Which transmission of its sender this is, from 1, retransmissions included. */
  index?: number;
  /**
   * A forged client-side address (a SYN flood): the source an attacker's SYN claims, or where
   * the reply to it goes. Absent for the connection's own two endpoints.
   */
  spoofedAddress?: string;
  /**
   * Injected by an off-path attacker (a scenario's `attacks`), forged to look like the `from`
   * endpoint's: no endpoint sent it, and it counts in no endpoint's `index`.
   */
  forged?: true;
  ackBasis?: AckBasis | null;
  reason: string;
  why: Why;
}

/** A segment arrived at its destination. */
export interface DeliverEvent extends EventBase {
  type: 'deliver';
  id: number;
}

/** The network lost a segment (drawn mid-way). */
export interface DropEvent extends EventBase {
  type: 'drop';
  id: number;
}

export type TimerName = 'retransmit' | 'time-wait' | 'delayed-ack' | 'fin-wait-2';

/** A timer started, stopped or fired. */
export interface TimerEvent extends EventBase {
  type: 'timer';
  endpoint: EndpointId;
  timer: TimerName;
  action: 'start' | 'stop' | 'expire';
  /** For start: when it will fire. */
  expiresAt?: number;
  /** For start: the timeout in ms (RTO, or 2 MSL). */
  durationMs?: number;
}

/** The application on an endpoint called into TCP. */
export interface CallEvent extends EventBase {
  type: 'call';
  endpoint: EndpointId;
  call: 'listen' | 'connect' | 'send' | 'close' | 'abort';
  bytes?: number;
  /** null when accepted; otherwise the RFC 9293 §3.10 error text. */
  error: string | null;
}

/** Something the endpoint reports to its application (reset, refused, timed out, data, EOF). */
export interface NoticeEvent extends EventBase {
  type: 'notice';
  endpoint: EndpointId;
  reason: string;
  why: Why;
}

/** One half-open connection waiting in a listener's SYN queue. */
export interface BacklogEntry {
  /** The client address and port the SYN came from (forged, for an attacker's SYN). */
  address: string;
  port: number;
  /** The entry's own endpoint state: SYN-RECEIVED while it waits for the final ACK. */
  state: TcpStateName;
  /** SYN+ACKs sent for it so far, retransmissions included. */
  synAcksSent: number;
  /** When its retransmission timer fires next, or null when none is running. */
  nextRetransmitAt: number | null;
  /** When the SYN that created it arrived. */
  since: number;
  /** It belongs to the trace's own client, not to a forged address. */
  legitimate: boolean;
}

/** The listener's SYN queue (listen backlog) after it changed. */
export interface BacklogEvent extends EventBase {
  type: 'backlog';
  endpoint: EndpointId;
  size: number;
  capacity: number;
  /** SYN cookies answer SYNs the full queue cannot hold (RFC 4987 §3.6). */
  cookies: boolean;
  entries: BacklogEntry[];
}

export type TraceEvent =
  | StateEvent
  | SendEvent
  | DeliverEvent
  | DropEvent
  | TimerEvent
  | CallEvent
  | NoticeEvent
  | BacklogEvent;

/** What each endpoint looked like at the start of the trace. */
export interface TraceEndpoint {
  port: number;
  address?: string;
  initialState: TcpStateName;
  finalState: TcpStateName;
  /** The initial send sequence number, when known. */
  isn: number | null;
  /** Where the ISN came from. */
  isnSource: 'scenario' | 'seeded' | 'capture' | 'unknown';
}

/** A whole run, simulated or captured. */
export interface Trace {
  source:
    | {
        kind: 'scenario';
        name: string;
        seed: number;
        /** Present when the run behaved as Linux; absent for RFC 9293 (the default). */
        profile?: 'linux';
      }
    | { kind: 'capture'; file: string; stream: number };
  endpoints: Record<EndpointId, TraceEndpoint>;
  /** Sorted by t; ties keep causal order. */
  events: TraceEvent[];
  /** Remarks on the whole trace (e.g. "ISNs drawn from seed 42"). */
  notes: TraceNote[];
}
