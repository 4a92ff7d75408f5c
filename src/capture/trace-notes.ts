/**
 * Where a real capture departs from the textbook exchange (RFC 9293 §3.5-3.6), as structured
 * notes: missing handshake, retransmissions and copies, delayed ACKs, timestamp options (the
 * close is in close-notes.ts). Each note names its packets (frame numbers) and trace ids in
 * `params`.
 */
import { peerOf, seq, seqGe, type CaptureNoteWhy } from '../sim/index.ts';
import {
  has,
  isPureAck,
  isPureSyn,
  isSynAck,
  sequenceLength,
  type ConversationView,
  type ViewSegment,
} from './conversation-view.ts';
import type { FlightModel } from './flight-model.ts';
import type { SegmentClass } from './segment-analysis.ts';
import { FLAG_ACK, FLAG_RST } from './tcp-header.ts';

/** Below this, an ACK's wait is network jitter, not a delayed-ACK timer (Linux's minimum is 40 ms). */
export const DELAYED_ACK_THRESHOLD_MS = 20;

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Notes on how the connection starts. */
export function handshakeNotes(view: ConversationView): CaptureNoteWhy[] {
  const segs = view.segments;
  const first = segs[0];
  if (first === undefined) return [];
  const syn = segs.find((v) => isPureSyn(v.segment));
  const synAck = segs.find((v) => isSynAck(v.segment));
  const rfc = 'RFC 9293 §3.5';
  if (syn === undefined && synAck === undefined) {
    return [
      {
        code: 'capture-starts-mid-connection',
        rfc,
        params: { firstPacket: first.segment.frame, clientGuess: view.clientBasis },
      },
    ];
  }
  if (syn === undefined && synAck !== undefined) {
    return [
      {
        code: 'missing-handshake',
        rfc,
        params: { missing: 'SYN', synAckPacket: synAck.segment.frame },
      },
    ];
  }
  if (syn !== undefined && synAck === undefined) {
    const reset = segs.find((v) => v.from === 'server' && has(v.segment, FLAG_RST));
    if (reset !== undefined) {
      return [
        {
          code: 'connection-refused',
          rfc: 'RFC 9293 §3.5.2',
          params: { synPacket: syn.segment.frame, rstPacket: reset.segment.frame },
        },
      ];
    }
    return [
      {
        code: 'missing-handshake',
        rfc,
        params: { missing: 'SYN-ACK', synPacket: syn.segment.frame },
      },
    ];
  }
  if (
    synAck !== undefined &&
    !segs.some((v) => v.from === 'client' && v.id > synAck.id && has(v.segment, FLAG_ACK))
  ) {
    return [
      {
        code: 'missing-handshake',
        rfc,
        params: { missing: 'ACK', synAckPacket: synAck.segment.frame },
      },
    ];
  }
  return [];
}

/** One note per retransmission, network copy, keep-alive, late arrival and sequence gap. */
export function sequenceNotes(
  segs: readonly ViewSegment[],
  classes: readonly SegmentClass[],
): CaptureNoteWhy[] {
  const notes: CaptureNoteWhy[] = [];
  const frameOf = (id: number | null): number => (id === null ? 0 : (segs[id]?.segment.frame ?? 0));
  segs.forEach((v, i) => {
    const c = classes[i];
    if (c === undefined) return;
    const base = { packet: v.segment.frame, id: v.id, from: v.from };
    if (c.duplicateOf !== null) {
      notes.push({
        code: 'duplicate-segment',
        rfc: 'RFC 9293 §3.4',
        params: { ...base, duplicateOf: c.duplicateOf, originalPacket: frameOf(c.duplicateOf) },
      });
    } else if (c.retransmission) {
      const original: { retransmissionOf?: number; originalPacket?: number } =
        c.retransmissionOf === null
          ? {}
          : { retransmissionOf: c.retransmissionOf, originalPacket: frameOf(c.retransmissionOf) };
      notes.push({
        code: 'retransmission',
        rfc: 'RFC 9293 §3.8.1',
        params: { ...base, ...original, seq: v.segment.seq, len: v.segment.len },
      });
    } else if (c.keepAlive) {
      notes.push({ code: 'keep-alive', rfc: 'RFC 9293 §3.8.4', params: base });
    } else if (c.outOfOrder) {
      notes.push({ code: 'out-of-order', rfc: 'RFC 9293 §3.4', params: base });
    }
    if (c.gapBefore > 0) {
      notes.push({
        code: 'sequence-gap',
        rfc: 'RFC 9293 §3.4',
        params: { ...base, missingBytes: c.gapBefore },
      });
    }
  });
  return notes;
}

/** The TCP timestamps option (RFC 7323 §3), which the simulator does not model. */
export function optionNotes(segs: readonly ViewSegment[]): CaptureNoteWhy[] {
  const stamped = segs.filter((v) => v.segment.options.timestamps !== undefined);
  const first = stamped[0];
  if (first === undefined) return [];
  return [
    {
      code: 'timestamps-option',
      rfc: 'RFC 7323 §3',
      params: {
        firstPacket: first.segment.frame,
        segments: stamped.length,
        client: stamped.some((v) => v.from === 'client'),
        server: stamped.some((v) => v.from === 'server'),
      },
    },
  ];
}

/**
 * Pure ACKs that waited for the delayed-ACK timer (RFC 9293 §3.8.6.3): the gap between a data
 * (or FIN) segment and the ACK covering it, minus the round trip between the capture point and
 * the acknowledging side, is at least DELAYED_ACK_THRESHOLD_MS.
 */
export function delayedAckNotes(
  segs: readonly ViewSegment[],
  classes: readonly SegmentClass[],
  model: FlightModel,
): CaptureNoteWhy[] {
  const notes: CaptureNoteWhy[] = [];
  const pending: Record<'client' | 'server', ViewSegment[]> = { client: [], server: [] };
  segs.forEach((v, i) => {
    if (classes[i]?.duplicateOf != null) return;
    const s = v.segment;
    const peer = peerOf(v.from);
    if (s.ack !== null) {
      const queue = pending[peer];
      const ack = seq(s.ack);
      let latest: ViewSegment | undefined;
      while (
        queue[0] !== undefined &&
        seqGe(ack, seq(queue[0].segment.seq + sequenceLength(queue[0].segment)))
      )
        latest = queue.shift();
      const distance = v.from === 'client' ? model.clientSideMs : model.serverSideMs;
      const waited = latest === undefined ? 0 : v.seenMs - latest.seenMs - 2 * distance;
      if (latest !== undefined && isPureAck(s) && waited >= DELAYED_ACK_THRESHOLD_MS) {
        notes.push({
          code: 'delayed-ack',
          rfc: 'RFC 9293 §3.8.6.3',
          params: {
            ackPacket: s.frame,
            ackId: v.id,
            dataPacket: latest.segment.frame,
            dataId: latest.id,
            from: v.from,
            delayMs: round(waited),
          },
        });
      }
    }
    if (sequenceLength(s) > 0 && !has(s, FLAG_RST) && classes[i]?.retransmission !== true)
      pending[v.from].push(v);
  });
  return notes;
}
