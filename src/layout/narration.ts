/**
 * What to say about a step, as data: who did what, with which numbers (in the chosen mode), the
 * ACK arithmetic the core recorded, and the core's own reason. The UI turns it into sentences
 * in the chosen language; nothing here re-derives protocol facts.
 */
import {
  seqParamsOf,
  type AckBasis,
  type CallEvent,
  type EndpointId,
  type SendEvent,
  type TimerName,
  type Why,
  type WhyParams,
  type WhyValue,
  flagsText,
  peerOf,
} from '../sim/index.ts';
import type { TcpStateName } from './states.ts';
import {
  basesAt,
  showSeq,
  shownNumbers,
  type NumberMode,
  type RelativeBases,
  type ShownNumbers,
} from './numbers.ts';
import { timerInfo, type Step, type Timeline } from './timeline.ts';

/** One term of the ACK sum: the segment's SEQ, its payload, or the one number SYN/FIN takes. */
export interface AckTerm {
  value: number;
  kind: 'seq' | 'len' | 'syn' | 'fin';
}

/** ACK = terms summed = result, as recorded by the core in `ackBasis`. */
export interface AckArithmetic {
  terms: AckTerm[];
  result: number;
}

/** A segment as narration refers to it. */
export interface SegmentRef {
  id: number;
  from: EndpointId;
  to: EndpointId;
  flags: string;
  numbers: ShownNumbers;
  /** A forged source (sent by the client lane's attacker) or where a reply to one goes. */
  spoofedAddress: string | null;
  /** Injected by an off-path attacker, forged to look like `from`'s. */
  forged: boolean;
}

/** A reason code with its parameters, sequence numbers shown in the chosen mode. */
export interface ShownWhy {
  code: string;
  params: WhyParams;
}

/**
 * The reason's parameters with every sequence number (as the core's catalogue marks them)
 * shown in the chosen mode: `about` is the endpoint the reason speaks for.
 */
export function shownWhy(
  w: Why,
  about: EndpointId,
  mode: NumberMode,
  bases: RelativeBases,
): ShownWhy {
  const params: Record<string, WhyValue> = { ...w.params };
  for (const [name, space] of Object.entries(seqParamsOf(w.code))) {
    const value = params[name];
    if (typeof value !== 'number') continue;
    params[name] = showSeq(value, space === 'local' ? about : peerOf(about), mode, bases);
  }
  return { code: w.code, params };
}

/** The narration of one step. */
export type NarrationModel =
  | { kind: 'start'; client: TcpStateName; server: TcpStateName }
  | {
      kind: 'send';
      segment: SegmentRef;
      arithmetic: AckArithmetic | null;
      retransmissionOf: number | null;
      duplicateOf: number | null;
      reason: string;
      why: ShownWhy;
      rfc: string;
    }
  | { kind: 'deliver'; segment: SegmentRef }
  | { kind: 'drop'; segment: SegmentRef }
  | { kind: 'unknownSegment'; id: number; event: 'deliver' | 'drop' }
  | {
      kind: 'state';
      endpoint: EndpointId;
      from: TcpStateName;
      to: TcpStateName;
      reason: string;
      why: ShownWhy;
      rfc: string;
    }
  | { kind: 'timer'; endpoint: EndpointId; timer: TimerName; durationMs: number | null }
  | {
      kind: 'call';
      endpoint: EndpointId;
      call: CallEvent['call'];
      bytes: number | null;
      error: string | null;
    }
  | { kind: 'notice'; endpoint: EndpointId; reason: string; why: ShownWhy; rfc: string };

/** The ACK arithmetic of a segment in the chosen number mode, from the core's `ackBasis`. */
export function ackArithmetic(
  send: SendEvent,
  mode: NumberMode,
  allBases: RelativeBases,
): AckArithmetic | null {
  const bases = basesAt(allBases, send.t);
  const basis: AckBasis | null | undefined = send.ackBasis;
  if (basis === null || basis === undefined || send.ack === null) return null;
  // The basis describes the peer's segment, so its numbers live in the receiver's space.
  const owner = send.to;
  const terms: AckTerm[] = [{ value: showSeq(basis.seq, owner, mode, bases), kind: 'seq' }];
  if (basis.len > 0) terms.push({ value: basis.len, kind: 'len' });
  if (basis.syn) terms.push({ value: 1, kind: 'syn' });
  if (basis.fin) terms.push({ value: 1, kind: 'fin' });
  return { terms, result: showSeq(basis.ack, owner, mode, bases) };
}

/** Strips the trailing "(RFC ...)" the core appends, since the UI shows the rule separately. */
export function reasonSentence(reason: string, rfc: string): string {
  const suffix = ` (${rfc})`;
  return reason.endsWith(suffix) ? reason.slice(0, -suffix.length) : reason;
}

function segmentRef(send: SendEvent, mode: NumberMode, bases: RelativeBases): SegmentRef {
  return {
    id: send.id,
    from: send.from,
    to: send.to,
    flags: flagsText(send.flags),
    numbers: shownNumbers(send, mode, bases),
    spoofedAddress: send.spoofedAddress ?? null,
    forged: send.forged === true,
  };
}

/** The narration of step c (0 = the start) of a timeline. */
export function narrationFor(
  timeline: Timeline,
  c: number,
  mode: NumberMode,
  bases: RelativeBases,
): NarrationModel {
  const step: Step | undefined = c > 0 ? timeline.steps[c - 1] : undefined;
  if (step === undefined) {
    return {
      kind: 'start',
      client: timeline.trace.endpoints.client.initialState,
      server: timeline.trace.endpoints.server.initialState,
    };
  }
  const e = step.event;
  switch (e.type) {
    case 'send':
      return {
        kind: 'send',
        segment: segmentRef(e, mode, bases),
        arithmetic: ackArithmetic(e, mode, bases),
        retransmissionOf: e.retransmission ? (e.retransmissionOf ?? null) : null,
        duplicateOf: e.duplicateOf ?? null,
        reason: reasonSentence(e.reason, e.why.rfc),
        why: shownWhy(e.why, e.from, mode, basesAt(bases, e.t)),
        rfc: e.why.rfc,
      };
    case 'deliver':
    case 'drop': {
      const send = timeline.sends.get(e.id);
      if (send === undefined) {
        return { kind: 'unknownSegment', id: e.id, event: e.type };
      }
      return { kind: e.type, segment: segmentRef(send, mode, bases) };
    }
    case 'state':
      return {
        kind: 'state',
        endpoint: e.endpoint,
        from: e.from,
        to: e.to,
        reason: reasonSentence(e.reason, e.why.rfc),
        why: shownWhy(e.why, e.endpoint, mode, basesAt(bases, e.t)),
        rfc: e.why.rfc,
      };
    case 'timer':
      return {
        kind: 'timer',
        endpoint: e.endpoint,
        timer: e.timer,
        durationMs: timerInfo(e, step.eventIndex, timeline.trace.events).durationMs,
      };
    case 'call':
      return {
        kind: 'call',
        endpoint: e.endpoint,
        call: e.call,
        bytes: e.bytes ?? null,
        error: e.error,
      };
    case 'notice':
      return {
        kind: 'notice',
        endpoint: e.endpoint,
        reason: reasonSentence(e.reason, e.why.rfc),
        why: shownWhy(e.why, e.endpoint, mode, basesAt(bases, e.t)),
        rfc: e.why.rfc,
      };
  }
}
