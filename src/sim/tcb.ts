/**
 * The Transmission Control Block (RFC 9293 §3.3.1): the endpoint machine's context, named with
 * the RFC's variables.
 */
import { seq, type SeqNum } from './seq.ts';
import { type RtoState, initialRto } from './rto.ts';
import type { AckBasis, TimerName, Why } from './trace.ts';
import { INITIAL_DELAYED_ACK, type DelayedAckState } from './delayed-ack.ts';
import type { Profile } from './profile.ts';

/** What an endpoint is configured with (scenario values after defaults). */
export interface EndpointConfig {
  /** Initial send sequence number (of the first connection, when `laterIsns` names more). */
  isn: number;
  /**
   * The ISNs of the endpoint's later opens (its second, third… connect() or listen()); past
   * the list's end the last one is used again. None: every open uses `isn`.
   */
  laterIsns?: readonly number[];
  port: number;
  peerPort: number;
  /** The MSS we advertise and the largest segment we send (RFC 9293 §3.7.1). */
  mss: number;
  /** Receive buffer in bytes: the window we offer (the application reads at once). */
  window: number;
  /** Window-scale shift we offer, or null to send no window-scale option. */
  windowScale: number | null;
  sackPermitted: boolean;
  rtoInitialMs: number;
  rtoMinMs: number;
  rtoMaxMs: number;
  /** Retransmissions of one segment before giving up. */
  maxRetransmissions: number;
  /** Maximum segment lifetime; TIME-WAIT lasts 2 MSL. */
  mslMs: number;
  /**
   * The most segments one burst may send (the run's budget, see budget.ts); past it the step
   * throws `BurstLimitError`. None: unbounded.
   */
  maxBurst?: number;
  /** The stack it behaves as (default: RFC 9293). */
  profile?: Profile;
}

/** Whether an endpoint behaves as Linux does. */
export function isLinux(config: EndpointConfig): boolean {
  return config.profile === 'linux';
}

/** A segment kept until acknowledged (RFC 9293 §3.8.1, RFC 6298). */
export interface RetransmissionEntry {
  seq: SeqNum;
  len: number;
  syn: boolean;
  fin: boolean;
  psh: boolean;
  sentAt: number;
  /** Karn's rule: no RTT sample from a retransmitted segment. */
  retransmitted: boolean;
}

/** An out-of-order segment held until the gap before it fills. */
export interface HeldSegment {
  seq: SeqNum;
  len: number;
  fin: boolean;
}

/** The endpoint machine's context. */
export interface Tcb {
  config: EndpointConfig;
  /** How many connect() and listen() calls opened this endpoint: which ISN is its ISS. */
  opens: number;
  /** This connection came from LISTEN (RFC 9293 §3.10.7.4: a RST in SYN-RECEIVED returns there). */
  passiveOpen: boolean;
  iss: SeqNum;
  irs: SeqNum;
  sndUna: SeqNum;
  sndNxt: SeqNum;
  /** Send window in bytes (already scaled). */
  sndWnd: number;
  maxSndWnd: number;
  sndWl1: SeqNum;
  sndWl2: SeqNum;
  rcvNxt: SeqNum;
  rcvWnd: number;
  /** The MSS the peer advertised (536 when it sent none, RFC 9293 §3.7.1). */
  peerMss: number;
  /** The MSS we actually send: min(peer's MSS, our own). */
  effectiveMss: number;
  /** Negotiated window-scale shifts (0 when either side sent no option, RFC 7323 §2.2). */
  sndScale: number;
  rcvScale: number;
  /** Both sides offered window scaling (RFC 7323 §2.2). */
  wsOk: boolean;
  sackOk: boolean;
  /** The peer's SYN has arrived, so IRS and RCV.NXT are valid. */
  synReceived: boolean;
  /** Bytes the application queued that have not been sent yet. */
  sendQueue: number;
  /** close() was called: send FIN once the queue drains. */
  closeRequested: boolean;
  /** Sequence number of our FIN once sent. */
  finSeq: SeqNum | null;
  /** In sequence order; never changed in place (a TCB is a value), only replaced. */
  retransmissionQueue: readonly RetransmissionEntry[];
  rto: RtoState;
  /** Consecutive expiries of the retransmission timer. */
  retries: number;
  /** RFC 6298 §5.7: a SYN was retransmitted, so RTO becomes 3 s once established. */
  synRetransmitted: boolean;
  /** Which of the named timers run (the machine asked for them and they have not fired). */
  timers: Readonly<Record<TimerName, boolean>>;
  held: HeldSegment[];
  /** How RCV.NXT got its value, for the narration of the next ACK. */
  ackBasis: AckBasis | null;
  bytesReceived: number;
  /** The peer's FIN has been received. */
  finReceived: boolean;
  /** Linux's ACK engine (delayed-ack.ts); unused by the RFC profile. */
  delack: DelayedAckState;
  /** Why the machine is taking its current transition; read by the target state's entry. */
  transitionWhy: Why | null;
}

/** The ISN of the endpoint's n-th open, counting from 0: `isn`, then `laterIsns` in turn. */
function isnOfOpen(config: EndpointConfig, n: number): number {
  const later = config.laterIsns ?? [];
  if (n === 0 || later.length === 0) return config.isn;
  return later[Math.min(n, later.length) - 1] ?? config.isn;
}

/**
 * The TCB of a fresh endpoint after `opens` connect() or listen() calls: its ISS is the ISN of
 * the latest open (the first one before any).
 */
export function initialTcb(config: EndpointConfig, opens = 0): Tcb {
  const iss = seq(isnOfOpen(config, Math.max(opens - 1, 0)));
  return {
    config,
    opens,
    passiveOpen: false,
    iss,
    irs: seq(0),
    sndUna: iss,
    sndNxt: iss,
    sndWnd: 0,
    maxSndWnd: 0,
    sndWl1: seq(0),
    sndWl2: seq(0),
    rcvNxt: seq(0),
    rcvWnd: config.window,
    peerMss: 536,
    effectiveMss: Math.min(536, config.mss),
    sndScale: 0,
    rcvScale: 0,
    wsOk: false,
    sackOk: false,
    synReceived: false,
    sendQueue: 0,
    closeRequested: false,
    finSeq: null,
    retransmissionQueue: [],
    rto: initialRto(rtoLimits(config)),
    retries: 0,
    synRetransmitted: false,
    timers: { retransmit: false, 'time-wait': false, 'delayed-ack': false, 'fin-wait-2': false },
    held: [],
    ackBasis: null,
    bytesReceived: 0,
    finReceived: false,
    delack: INITIAL_DELAYED_ACK,
    transitionWhy: null,
  };
}

/** The RTO bounds of a configuration. */
export function rtoLimits(config: EndpointConfig) {
  return { initialMs: config.rtoInitialMs, minMs: config.rtoMinMs, maxMs: config.rtoMaxMs };
}
