/** A capture note as a sentence in the chosen language. */
import type { MessagesWith } from './index.ts';
import { formatMeasuredDuration } from './measuredDuration.ts';
import type { CaptureNote } from '../capture/index.ts';

export function noteText(note: CaptureNote, t: MessagesWith<'capture'>): string {
  const m = t.capture.note;
  const delay = (ms: number): string => formatMeasuredDuration(t.lang, ms);
  switch (note.kind) {
    case 'retransmission':
      return m.retransmission(note);
    case 'duplicate-segment':
      return m.duplicate(note);
    case 'missing-handshake':
      return m.missingHandshake(note);
    case 'capture-starts-mid-connection':
      return m.startsMidConnection(note);
    case 'connection-refused':
      return m.connectionRefused(note);
    case 'rst-instead-of-fin':
      return m.rstInsteadOfFin(note);
    case 'three-segment-close':
      return m.threeSegmentClose(note);
    case 'simultaneous-close':
      return m.simultaneousClose(note);
    case 'capture-ends-before-close':
      return m.endsBeforeClose(note);
    case 'keep-alive':
      return m.keepAlive(note);
    case 'out-of-order':
      return m.outOfOrder(note);
    case 'sequence-gap':
      return m.sequenceGap(note);
    case 'delayed-ack':
      return m.delayedAck({ ...note, delay: delay(note.delayMs) });
    case 'timestamps-option':
      return m.timestamps(note);
    case 'flight-time-estimate':
      return m.flightEstimate({
        clientSide: delay(note.clientSideMs),
        serverSide: delay(note.serverSideMs),
        basis: note.basis,
        capturePoint: note.capturePoint,
      });
    case 'note-states-inferred':
      return m.statesInferred;
    case 'other':
      return m.other(note.code);
  }
}
