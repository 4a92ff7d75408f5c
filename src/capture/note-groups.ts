/**
 * A captured trace's notes (the importer's `Why` objects) as typed remarks, grouped for the
 * panel that compares the capture with the textbook. Each code's params are checked with a
 * schema: a note whose params do not fit is shown as a plain "other" remark, never guessed at.
 */
import { z } from 'zod';
import type { EndpointId, Why } from '../sim/index.ts';

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

const frame = z.number().int().positive();
const side = z.enum(['client', 'server']);
const ms = z.number().nonnegative();

/** The params schema of each code and the note it makes. */
const PARSERS: Record<string, z.ZodType<Body>> = {
  retransmission: z
    .object({ packet: frame, originalPacket: frame.optional(), from: side })
    .transform((p) => ({
      kind: 'retransmission' as const,
      frame: p.packet,
      original: p.originalPacket ?? null,
      from: p.from,
    })),
  'duplicate-segment': z.object({ packet: frame, originalPacket: frame }).transform((p) => ({
    kind: 'duplicate-segment' as const,
    frame: p.packet,
    original: p.originalPacket,
  })),
  'missing-handshake': z
    .union([
      z.object({ missing: z.literal('SYN'), synAckPacket: frame }),
      z.object({ missing: z.literal('SYN-ACK'), synPacket: frame }),
      z.object({ missing: z.literal('ACK'), synAckPacket: frame }),
    ])
    .transform((p) => ({
      kind: 'missing-handshake' as const,
      missing: p.missing,
      frame: 'synPacket' in p ? p.synPacket : p.synAckPacket,
    })),
  'capture-starts-mid-connection': z
    .object({ firstPacket: frame })
    .transform((p) => ({ kind: 'capture-starts-mid-connection' as const, frame: p.firstPacket })),
  'connection-refused': z.object({ synPacket: frame, rstPacket: frame }).transform((p) => ({
    kind: 'connection-refused' as const,
    syn: p.synPacket,
    rst: p.rstPacket,
  })),
  'rst-instead-of-fin': z
    .object({ packet: frame, from: side, afterOwnFin: z.boolean(), afterPeerFin: z.boolean() })
    .transform((p) => ({
      kind: 'rst-instead-of-fin' as const,
      frame: p.packet,
      from: p.from,
      afterOwnFin: p.afterOwnFin,
      afterPeerFin: p.afterPeerFin,
    })),
  'three-segment-close': z
    .object({
      finPacket: frame,
      finAckPacket: frame,
      // 0 when the last ACK is not in the capture.
      ackPacket: z.number().int().nonnegative(),
      closer: side,
    })
    .transform((p) => ({
      kind: 'three-segment-close' as const,
      fin: p.finPacket,
      finAck: p.finAckPacket,
      ack: p.ackPacket === 0 ? null : p.ackPacket,
      closer: p.closer,
    })),
  'simultaneous-close': z
    .object({ clientFinPacket: frame, serverFinPacket: frame })
    .transform((p) => ({
      kind: 'simultaneous-close' as const,
      clientFin: p.clientFinPacket,
      serverFin: p.serverFinPacket,
    })),
  'capture-ends-before-close': z
    .object({ clientFin: z.boolean(), serverFin: z.boolean() })
    .transform((p) => ({ kind: 'capture-ends-before-close' as const, ...p })),
  'keep-alive': z
    .object({ packet: frame, from: side })
    .transform((p) => ({ kind: 'keep-alive' as const, frame: p.packet, from: p.from })),
  'out-of-order': z
    .object({ packet: frame, from: side })
    .transform((p) => ({ kind: 'out-of-order' as const, frame: p.packet, from: p.from })),
  'sequence-gap': z
    .object({ packet: frame, from: side, missingBytes: z.number().int().positive() })
    .transform((p) => ({
      kind: 'sequence-gap' as const,
      frame: p.packet,
      from: p.from,
      bytes: p.missingBytes,
    })),
  'delayed-ack': z
    .object({ ackPacket: frame, dataPacket: frame, from: side, delayMs: ms })
    .transform((p) => ({
      kind: 'delayed-ack' as const,
      ack: p.ackPacket,
      data: p.dataPacket,
      from: p.from,
      delayMs: p.delayMs,
    })),
  'timestamps-option': z
    .object({
      firstPacket: frame,
      segments: z.number().int().positive(),
      client: z.boolean(),
      server: z.boolean(),
    })
    .transform((p) => ({
      kind: 'timestamps-option' as const,
      frame: p.firstPacket,
      segments: p.segments,
      client: p.client,
      server: p.server,
    })),
  'flight-time-estimate': z
    .object({
      clientSideMs: ms,
      serverSideMs: ms,
      basis: z.enum(['handshake', 'partial-handshake', 'data-and-acks', 'none']),
      capturePoint: z.enum(['near-client', 'near-server', 'between', 'unknown']),
    })
    .transform((p) => ({ kind: 'flight-time-estimate' as const, ...p })),
  'note-states-inferred': z.object({}).transform(() => ({ kind: 'note-states-inferred' as const })),
};

/** One importer note as a typed remark. */
export function toCaptureNote(why: Why): CaptureNote {
  const parser = Object.hasOwn(PARSERS, why.code) ? PARSERS[why.code] : undefined;
  const parsed = parser?.safeParse(why.params);
  const body: Body = parsed?.success === true ? parsed.data : { kind: 'other', code: why.code };
  return { ...body, rfc: why.rfc };
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

const truncatedSchema = z.object({ code: z.string(), omitted: z.number().int().positive() });

/**
 * The panel's three sections (always all three, in order), each with one group per kind in
 * order of first appearance. `notes-truncated` counts fold into the group they belong to.
 */
export function groupNotes(notes: readonly Why[]): NoteSection[] {
  const groups = new Map<string, NoteGroup>();
  const omitted = new Map<string, number>();
  for (const why of notes) {
    if (why.code === 'notes-truncated') {
      const p = truncatedSchema.safeParse(why.params);
      if (p.success) omitted.set(p.data.code, (omitted.get(p.data.code) ?? 0) + p.data.omitted);
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
