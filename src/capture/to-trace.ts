/**
 * One captured conversation as a Trace, the timeline the player draws: a `send` and a `deliver`
 * event per captured segment, plus notes where the capture departs from the textbook. Endpoint
 * states are not inferred here: replaying the segments through the endpoint machine does that.
 */
import {
  peerOf,
  type TcpStateName,
  type DeliverEvent,
  type EndpointId,
  type SendEvent,
  type Trace,
  type TraceEndpoint,
  type TraceEvent,
  type CaptureNoteWhy,
  type CapturedSegmentWhy,
} from '../sim/index.ts';
import { makeError, type CaptureError } from './capture-errors.ts';
import {
  has,
  isPureSyn,
  isSynAck,
  viewConversation,
  type ConversationView,
  type ViewSegment,
} from './conversation-view.ts';
import { estimateFlight, flightOf, type FlightModel } from './flight-model.ts';
import { classifySegments, type SegmentClass } from './segment-analysis.ts';
import { FLAG_RST, tcpFlagNames } from './tcp-header.ts';
import { closeNotes } from './close-notes.ts';
import { delayedAckNotes, handshakeNotes, optionNotes, sequenceNotes } from './trace-notes.ts';
import type { Capture, CapturedSegment } from './types.ts';

/** The outcome of converting a conversation. */
export type TraceResult = { ok: true; trace: Trace } | { ok: false; error: CaptureError };

/** A conversation with thousands of retransmissions keeps the first notes of each kind. */
const MAX_NOTES_PER_CODE = 100;

/** Times are rounded to the nanosecond (1e-6 ms) so float noise never shows in a trace. */
const ns = (ms: number): number => Math.round(ms * 1e6) / 1e6;

function capNotes(notes: CaptureNoteWhy[]): CaptureNoteWhy[] {
  const counts = new Map<CaptureNoteWhy['code'], number>();
  const kept = notes.filter((n) => {
    const count = (counts.get(n.code) ?? 0) + 1;
    counts.set(n.code, count);
    return count <= MAX_NOTES_PER_CODE;
  });
  for (const [code, count] of counts) {
    if (count > MAX_NOTES_PER_CODE) {
      kept.push({
        code: 'notes-truncated',
        // The rule is the one the omitted notes cite.
        rfc: notes.find((n) => n.code === code)?.rfc ?? '',
        params: { code, omitted: count - MAX_NOTES_PER_CODE },
      });
    }
  }
  return kept;
}

function endpoints(view: ConversationView): Record<EndpointId, TraceEndpoint> {
  const segs = view.segments;
  const syn = segs.find((v) => isPureSyn(v.segment));
  const synAck = segs.find((v) => v.from === 'server' && isSynAck(v.segment));
  const refused =
    syn !== undefined &&
    synAck === undefined &&
    segs.some((v) => v.from === 'server' && has(v.segment, FLAG_RST));
  const handshake = syn !== undefined || synAck !== undefined;
  // The states before the first captured segment, as far as the capture shows them; the final
  // states come from replaying the segments through the endpoint machine, so they start equal.
  const clientState: TcpStateName =
    syn !== undefined ? 'CLOSED' : synAck !== undefined ? 'SYN-SENT' : 'ESTABLISHED';
  const serverState: TcpStateName = refused ? 'CLOSED' : handshake ? 'LISTEN' : 'ESTABLISHED';
  const make = (
    side: EndpointId,
    state: TcpStateName,
    isnFrom: ViewSegment | undefined,
  ): TraceEndpoint => ({
    port: side === 'client' ? view.client.port : view.server.port,
    address: side === 'client' ? view.client.address : view.server.address,
    initialState: state,
    finalState: state,
    isn: isnFrom?.segment.seq ?? null,
    isnSource: isnFrom !== undefined ? 'capture' : 'unknown',
  });
  return { client: make('client', clientState, syn), server: make('server', serverState, synAck) };
}

function describe(
  v: ViewSegment,
  c: SegmentClass,
  frameOf: (id: number) => number,
): { reason: string; why: CapturedSegmentWhy } {
  const s: CapturedSegment = v.segment;
  const params = { frame: s.frame, seenMs: ns(v.seenMs) };
  const flags = tcpFlagNames(s.flags).join('+') || 'no flags';
  const what = `frame ${s.frame}: ${v.from} sent ${flags}${s.len > 0 ? ` with ${s.len} bytes` : ''}`;
  if (c.duplicateOf !== null) {
    const of = frameOf(c.duplicateOf);
    return {
      reason: `${what}, a copy of frame ${of} (same IP ID or timestamps): the network or the capture duplicated it`,
      why: {
        code: 'duplicate-segment',
        rfc: 'RFC 9293 §3.4',
        params: { ...params, originalFrame: of },
      },
    };
  }
  if (c.retransmission) {
    const of =
      c.retransmissionOf === null
        ? 'before the capture began'
        : `in frame ${frameOf(c.retransmissionOf)}`;
    return {
      reason: `${what}, repeating sequence space first sent ${of}: a retransmission`,
      why: { code: 'retransmission', rfc: 'RFC 9293 §3.8.1', params },
    };
  }
  if (c.keepAlive)
    return {
      reason: `${what}: a keep-alive probe`,
      why: { code: 'keep-alive', rfc: 'RFC 9293 §3.8.4', params },
    };
  return {
    reason: `${what} (captured)`,
    why: { code: 'captured-segment', rfc: 'RFC 9293 §3.1', params },
  };
}

function flightNote(model: FlightModel): CaptureNoteWhy {
  const total = model.clientSideMs + model.serverSideMs;
  const capturePoint =
    total === 0
      ? 'unknown'
      : model.clientSideMs <= 0.1 * total
        ? 'near-client'
        : model.serverSideMs <= 0.1 * total
          ? 'near-server'
          : 'between';
  return {
    code: 'flight-time-estimate',
    rfc: 'RFC 6298 §2',
    params: {
      clientSideMs: ns(model.clientSideMs),
      serverSideMs: ns(model.serverSideMs),
      basis: model.basis,
      capturePoint,
    },
  };
}

/**
 * Converts conversation `stream` of `capture` into a Trace with `source: { kind: 'capture' }`.
 * Times are ms after the conversation's first segment left its sender; see flight-model.ts for
 * how send and arrival times are placed around the moment the capture saw each segment.
 */
export function conversationToTrace(capture: Capture, stream: number, file: string): TraceResult {
  const conversation = Number.isInteger(stream) ? capture.conversations[stream] : undefined;
  if (conversation === undefined) {
    const detail = `there is no TCP stream ${stream} (the capture has ${capture.conversations.length})`;
    return { ok: false, error: makeError('no-such-stream', { offset: 0 }, detail) };
  }
  const segments = conversation.segmentIndices.flatMap((i) => capture.segments[i] ?? []);
  const view = viewConversation(segments);
  if (view === null) {
    return {
      ok: false,
      error: makeError('no-such-stream', { offset: 0 }, `TCP stream ${stream} has no segments`),
    };
  }
  const model = estimateFlight(view);
  const classes = classifySegments(view.segments);
  const flights = view.segments.map((v) => flightOf(v, model));
  const origin = flights.reduce((min, f) => Math.min(min, f.sentMs), Infinity);
  const frameOf = (id: number): number => view.segments[id]?.segment.frame ?? 0;
  const sent: Record<EndpointId, number> = { client: 0, server: 0 };
  const indexes: number[] = [];
  const timed: { t: number; order: number; event: TraceEvent }[] = [];
  view.segments.forEach((v, i) => {
    const c = classes[i];
    const f = flights[i];
    if (c === undefined || f === undefined) return;
    const s = v.segment;
    // A network copy is not a transmission of its sender: it shares the original's index.
    if (c.duplicateOf === null) sent[v.from] += 1;
    const index = c.duplicateOf === null ? sent[v.from] : (indexes[c.duplicateOf] ?? sent[v.from]);
    indexes.push(index);
    const t = ns(f.sentMs - origin);
    const arrivesAt = ns(f.arrivesMs - origin);
    const send: SendEvent = {
      type: 'send',
      t,
      id: v.id,
      from: v.from,
      to: peerOf(v.from),
      srcPort: s.srcPort,
      dstPort: s.dstPort,
      flags: tcpFlagNames(s.flags),
      seq: s.seq,
      ack: s.ack,
      len: s.len,
      window: s.window,
      options: s.options,
      retransmission: c.retransmission,
      ...(c.retransmissionOf !== null && { retransmissionOf: c.retransmissionOf }),
      arrivesAt,
      ...(c.duplicateOf !== null && { duplicateOf: c.duplicateOf }),
      index,
      ...describe(v, c, frameOf),
    };
    const deliver: DeliverEvent = { type: 'deliver', t: arrivesAt, id: v.id };
    timed.push(
      { t, order: 2 * i, event: send },
      { t: arrivesAt, order: 2 * i + 1, event: deliver },
    );
  });
  timed.sort((x, y) => x.t - y.t || x.order - y.order);
  const notes = capNotes([
    ...handshakeNotes(view),
    flightNote(model),
    ...optionNotes(view.segments),
    ...sequenceNotes(view.segments, classes),
    ...delayedAckNotes(view.segments, classes, model),
    ...closeNotes(view, classes),
  ]);
  return {
    ok: true,
    trace: {
      source: { kind: 'capture', file, stream },
      endpoints: endpoints(view),
      events: timed.map((x) => x.event),
      notes,
    },
  };
}
