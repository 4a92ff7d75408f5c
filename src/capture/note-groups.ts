/**
 * A captured trace's notes as the remarks of the panel that compares the capture with the
 * textbook, grouped by section and kind. The notes are typed by code (src/sim/why.ts), so each
 * remark reads its parameters directly.
 */
import type { EndpointId, TraceNote } from '../sim/index.ts';

/** Which part of the panel a note belongs to. */
export type NoteCategory = 'textbook' | 'stack' | 'inferred';

type Body =
  | { kind: 'retransmission'; frame: number; original: number | null; from: EndpointId }
  | { kind: 'duplicate-segment'; frame: number; original: number }
  | { kind: 'missing-handshake'; missing: 'SYN' | 'SYN-ACK' | 'ACK'; frame: number }
  | { kind: 'capture-starts-mid-connection'; frame: number }
  | { kind: 'connection-refused'; syn: number; rst: number }
  | {
      kind: 'rst-instead-of-fin';
      frame: number;
      from: EndpointId;
      afterOwnFin: boolean;
      afterPeerFin: boolean;
    }
  | {
      kind: 'three-segment-close';
      fin: number;
      finAck: number;
      ack: number | null;
      closer: EndpointId;
    }
  | { kind: 'simultaneous-close'; clientFin: number; serverFin: number }
  | { kind: 'capture-ends-before-close'; clientFin: boolean; serverFin: boolean }
  | { kind: 'keep-alive'; frame: number; from: EndpointId }
  | { kind: 'out-of-order'; frame: number; from: EndpointId }
  | { kind: 'sequence-gap'; frame: number; from: EndpointId; bytes: number }
  | { kind: 'delayed-ack'; ack: number; data: number; from: EndpointId; delayMs: number }
  | { kind: 'timestamps-option'; frame: number; segments: number; client: boolean; server: boolean }
  | {
      kind: 'flight-time-estimate';
      clientSideMs: number;
      serverSideMs: number;
      basis: 'handshake' | 'partial-handshake' | 'data-and-acks' | 'none';
      capturePoint: 'near-client' | 'near-server' | 'between' | 'unknown';
    }
  | { kind: 'note-states-inferred' }
  | { kind: 'other'; code: string };

/** Every kind the panel knows, plus 'other'. */
export type NoteKind = Body['kind'];

/** One remark, with the rule it cites. */
export type CaptureNote = Body & { rfc: string };

/** One importer note as a typed remark; the simulator's own notes are 'other'. */
export function toCaptureNote(note: TraceNote): CaptureNote {
  const { rfc } = note;
  switch (note.code) {
    case 'retransmission': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        frame: p.packet,
        original: p.originalPacket ?? null,
        from: p.from,
      };
    }
    case 'duplicate-segment':
      return {
        kind: note.code,
        rfc,
        frame: note.params.packet,
        original: note.params.originalPacket,
      };
    case 'missing-handshake': {
      const p = note.params;
      const frame = p.missing === 'SYN-ACK' ? p.synPacket : p.synAckPacket;
      return { kind: note.code, rfc, missing: p.missing, frame };
    }
    case 'capture-starts-mid-connection':
      return { kind: note.code, rfc, frame: note.params.firstPacket };
    case 'connection-refused':
      return { kind: note.code, rfc, syn: note.params.synPacket, rst: note.params.rstPacket };
    case 'rst-instead-of-fin': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        frame: p.packet,
        from: p.from,
        afterOwnFin: p.afterOwnFin,
        afterPeerFin: p.afterPeerFin,
      };
    }
    case 'three-segment-close': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        fin: p.finPacket,
        finAck: p.finAckPacket,
        ack: p.ackPacket === 0 ? null : p.ackPacket,
        closer: p.closer,
      };
    }
    case 'simultaneous-close':
      return {
        kind: note.code,
        rfc,
        clientFin: note.params.clientFinPacket,
        serverFin: note.params.serverFinPacket,
      };
    case 'capture-ends-before-close':
      return {
        kind: note.code,
        rfc,
        clientFin: note.params.clientFin,
        serverFin: note.params.serverFin,
      };
    case 'keep-alive':
    case 'out-of-order':
      return { kind: note.code, rfc, frame: note.params.packet, from: note.params.from };
    case 'sequence-gap': {
      const p = note.params;
      return { kind: note.code, rfc, frame: p.packet, from: p.from, bytes: p.missingBytes };
    }
    case 'delayed-ack': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        ack: p.ackPacket,
        data: p.dataPacket,
        from: p.from,
        delayMs: p.delayMs,
      };
    }
    case 'timestamps-option': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        frame: p.firstPacket,
        segments: p.segments,
        client: p.client,
        server: p.server,
      };
    }
    case 'flight-time-estimate': {
      const p = note.params;
      return {
        kind: note.code,
        rfc,
        clientSideMs: p.clientSideMs,
        serverSideMs: p.serverSideMs,
        basis: p.basis,
        capturePoint: p.capturePoint,
      };
    }
    case 'note-states-inferred':
      return { kind: note.code, rfc };
    default:
      return { kind: 'other', rfc, code: note.code };
  }
}

/** The frames a note names, in the order its sentence names them. */
export function framesOf(note: CaptureNote): number[] {
  switch (note.kind) {
    case 'retransmission':
      return note.original === null ? [note.frame] : [note.frame, note.original];
    case 'duplicate-segment':
      return [note.frame, note.original];
    case 'missing-handshake':
    case 'capture-starts-mid-connection':
    case 'rst-instead-of-fin':
    case 'keep-alive':
    case 'out-of-order':
    case 'sequence-gap':
    case 'timestamps-option':
      return [note.frame];
    case 'connection-refused':
      return [note.syn, note.rst];
    case 'three-segment-close':
      return note.ack === null ? [note.fin, note.finAck] : [note.fin, note.finAck, note.ack];
    case 'simultaneous-close':
      return [note.clientFin, note.serverFin];
    case 'delayed-ack':
      return [note.data, note.ack];
    case 'capture-ends-before-close':
    case 'flight-time-estimate':
    case 'note-states-inferred':
    case 'other':
      return [];
  }
}

export function categoryOf(kind: NoteKind): NoteCategory {
  switch (kind) {
    case 'delayed-ack':
    case 'timestamps-option':
      return 'stack';
    case 'flight-time-estimate':
    case 'note-states-inferred':
      return 'inferred';
    default:
      return 'textbook';
  }
}

/** All the notes of one kind. */
export interface NoteGroup {
  kind: NoteKind;
  rfc: string;
  notes: CaptureNote[];
  /** Notes of this kind the importer counted but did not list. */
  omitted: number;
}

export interface NoteSection {
  category: NoteCategory;
  groups: NoteGroup[];
}

const SECTION_ORDER: readonly NoteCategory[] = ['textbook', 'stack', 'inferred'];

/**
 * The panel's three sections (always all three, in order), each with one group per kind in
 * order of first appearance. `notes-truncated` counts fold into the group they belong to.
 */
export function groupNotes(notes: readonly TraceNote[]): NoteSection[] {
  const groups = new Map<string, NoteGroup>();
  const omitted = new Map<string, number>();
  for (const why of notes) {
    if (why.code === 'notes-truncated') {
      const { code, omitted: count } = why.params;
      omitted.set(code, (omitted.get(code) ?? 0) + count);
      continue;
    }
    const note = toCaptureNote(why);
    const key = note.kind === 'other' ? `other:${note.code}` : note.kind;
    const group = groups.get(key) ?? { kind: note.kind, rfc: note.rfc, notes: [], omitted: 0 };
    group.notes.push(note);
    groups.set(key, group);
  }
  for (const [code, count] of omitted) {
    const group = groups.get(code);
    if (group !== undefined) group.omitted += count;
  }
  return SECTION_ORDER.map((category) => ({
    category,
    groups: [...groups.values()].filter((g) => categoryOf(g.kind) === category),
  }));
}
