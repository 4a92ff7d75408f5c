/**
 * How a captured connection ends, compared with the textbook four-segment close (RFC 9293 §3.6,
 * Figure 12): resets instead of FINs, FIN / FIN+ACK / ACK closes (the FIN's ACK rode on the
 * peer's own FIN because of a delayed ACK), simultaneous closes, or no close in the capture.
 */
import { peerOf, seq, seqGe, type CaptureNoteWhy } from '../sim/index.ts';
import {
  has,
  isPureSyn,
  isSynAck,
  sequenceLength,
  type ConversationView,
  type ViewSegment,
} from './conversation-view.ts';
import type { SegmentClass } from './segment-analysis.ts';
import { FLAG_FIN, FLAG_RST } from './tcp-header.ts';

function firstFin(
  segs: readonly ViewSegment[],
  from: 'client' | 'server',
): ViewSegment | undefined {
  return segs.find((v) => v.from === from && has(v.segment, FLAG_FIN));
}

function acks(v: ViewSegment, fin: ViewSegment): boolean {
  const s = v.segment;
  return s.ack !== null && seqGe(seq(s.ack), seq(fin.segment.seq + sequenceLength(fin.segment)));
}

/** How the connection ends: resets, three-segment and simultaneous closes, or no end at all. */
export function closeNotes(
  view: ConversationView,
  classes: readonly SegmentClass[],
): CaptureNoteWhy[] {
  const segs = view.segments.filter((v) => classes[v.id]?.duplicateOf == null);
  const notes: CaptureNoteWhy[] = [];
  const resets = segs.filter((v) => has(v.segment, FLAG_RST));
  const refused = !segs.some((v) => isSynAck(v.segment)) && segs.some((v) => isPureSyn(v.segment));
  for (const r of refused ? [] : resets) {
    const ownFin = firstFin(segs, r.from);
    const peerFin = firstFin(segs, peerOf(r.from));
    notes.push({
      code: 'rst-instead-of-fin',
      rfc: 'RFC 9293 §3.10.5',
      params: {
        packet: r.segment.frame,
        id: r.id,
        from: r.from,
        afterOwnFin: ownFin !== undefined && ownFin.id < r.id,
        afterPeerFin: peerFin !== undefined && peerFin.id < r.id,
      },
    });
  }
  const clientFin = firstFin(segs, 'client');
  const serverFin = firstFin(segs, 'server');
  if (clientFin !== undefined && serverFin !== undefined) {
    const [first, second] =
      clientFin.id < serverFin.id ? [clientFin, serverFin] : [serverFin, clientFin];
    if (!acks(second, first)) {
      notes.push({
        code: 'simultaneous-close',
        rfc: 'RFC 9293 §3.6',
        params: {
          clientFinPacket: clientFin.segment.frame,
          serverFinPacket: serverFin.segment.frame,
        },
      });
    } else if (
      !segs.some(
        (v) => v.from === second.from && v.id > first.id && v.id < second.id && acks(v, first),
      )
    ) {
      const lastAck = segs.find(
        (v) => v.from === first.from && v.id > second.id && acks(v, second),
      );
      notes.push({
        code: 'three-segment-close',
        rfc: 'RFC 9293 §3.6, §3.8.6.3',
        params: {
          finPacket: first.segment.frame,
          finAckPacket: second.segment.frame,
          ackPacket: lastAck?.segment.frame ?? 0,
          closer: first.from,
          reason: 'delayed-ack',
        },
      });
    }
  }
  if (resets.length === 0 && (clientFin === undefined || serverFin === undefined)) {
    notes.push({
      code: 'capture-ends-before-close',
      rfc: 'RFC 9293 §3.6',
      params: { clientFin: clientFin !== undefined, serverFin: serverFin !== undefined },
    });
  }
  return notes;
}
