/**
 * The Trace model as a zod schema, for traces that arrive from a worker (a capture's, a simulation's): the main
 * thread checks what crosses the boundary instead of trusting it. The annotation makes the
 * compiler hold what the schema accepts to the Trace type. It covers the events a captured
 * trace can hold; simulator-only events (a listener's backlog) are refused, not guessed at.
 */
import { z } from 'zod';
import {
  FLOOD_REASONS,
  LINUX_REASONS,
  REASONS,
  TCP_FLAGS,
  TCP_STATES,
  type CaptureNoteCode,
  type CapturedSegmentCode,
  type Trace,
  type TraceNote,
  type Why,
} from '../../sim/index.ts';

const count = z.number().int().nonnegative();
const time = z.number();
const endpointId = z.enum(['client', 'server']);
const state = z.enum(TCP_STATES);

const frame = z.number().int().positive();
const ms = z.number().nonnegative();
const noted = { packet: frame, id: count, from: endpointId };

/** The parameters of a captured segment's reason, by code (src/sim/why.ts). */
const CAPTURED_SEGMENT: Record<CapturedSegmentCode, z.ZodType> = {
  'captured-segment': z.object({ frame, seenMs: time }),
  retransmission: z.object({ frame, seenMs: time }),
  'keep-alive': z.object({ frame, seenMs: time }),
  'duplicate-segment': z.object({ frame, seenMs: time, originalFrame: frame }),
};

/** The parameters of the capture importer's notes, by code (src/sim/why.ts). */
const CAPTURE_NOTE: Record<CaptureNoteCode, z.ZodType> = {
  'capture-starts-mid-connection': z.object({ firstPacket: frame, clientGuess: z.string() }),
  'missing-handshake': z.union([
    z.object({ missing: z.literal('SYN'), synAckPacket: frame }),
    z.object({ missing: z.literal('SYN-ACK'), synPacket: frame }),
    z.object({ missing: z.literal('ACK'), synAckPacket: frame }),
  ]),
  'connection-refused': z.object({ synPacket: frame, rstPacket: frame }),
  'duplicate-segment': z.object({ ...noted, duplicateOf: count, originalPacket: frame }),
  retransmission: z.object({
    ...noted,
    retransmissionOf: count.optional(),
    originalPacket: frame.optional(),
    seq: count,
    len: count,
  }),
  'keep-alive': z.object(noted),
  'out-of-order': z.object(noted),
  'sequence-gap': z.object({ ...noted, missingBytes: z.number().int().positive() }),
  'timestamps-option': z.object({
    firstPacket: frame,
    segments: z.number().int().positive(),
    client: z.boolean(),
    server: z.boolean(),
  }),
  'delayed-ack': z.object({
    ackPacket: frame,
    ackId: count,
    dataPacket: frame,
    dataId: count,
    from: endpointId,
    delayMs: ms,
  }),
  'rst-instead-of-fin': z.object({ ...noted, afterOwnFin: z.boolean(), afterPeerFin: z.boolean() }),
  'simultaneous-close': z.object({ clientFinPacket: frame, serverFinPacket: frame }),
  'three-segment-close': z.object({
    finPacket: frame,
    finAckPacket: frame,
    ackPacket: count,
    closer: endpointId,
    reason: z.literal('delayed-ack'),
  }),
  'capture-ends-before-close': z.object({ clientFin: z.boolean(), serverFin: z.boolean() }),
  'flight-time-estimate': z.object({
    clientSideMs: ms,
    serverSideMs: ms,
    basis: z.enum(['handshake', 'partial-handshake', 'data-and-acks', 'none']),
    capturePoint: z.enum(['near-client', 'near-server', 'between', 'unknown']),
  }),
  'notes-truncated': z.object({ code: z.string(), omitted: z.number().int().positive() }),
};

/** The parameters of a reason with a template: a number or a word for each placeholder. */
function templateSchema(template: string): z.ZodType {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  return z.looseObject(
    Object.fromEntries(names.map((name) => [name, z.union([z.number(), z.string()])])),
  );
}

const TEMPLATED: Record<string, z.ZodType> = Object.fromEntries(
  Object.entries({ ...REASONS, ...LINUX_REASONS, ...FLOOD_REASONS }).map(([code, entry]) => [
    code,
    templateSchema(entry.en),
  ]),
);

const whyShape = z.object({
  code: z.string(),
  rfc: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/** Whether `value` is a `{ code, rfc, params }` whose params are the ones `code` names. */
function fits(value: unknown, byCode: Record<string, z.ZodType>): boolean {
  const shape = whyShape.safeParse(value);
  if (!shape.success) return false;
  const params = Object.hasOwn(byCode, shape.data.code) ? byCode[shape.data.code] : undefined;
  return params?.safeParse(shape.data.params).success === true;
}

const EVENT_WHY = { ...TEMPLATED, ...CAPTURED_SEGMENT };
const NOTE_WHY = { ...TEMPLATED, ...CAPTURE_NOTE };

/** An event's reason: a known code with the parameters it names. */
export const whySchema = z.custom<Why>((v) => fits(v, EVENT_WHY), {
  message: 'a reason with an unknown code or parameters that do not fit it',
});

/** A note on the run: a known code with the parameters it names. */
const noteSchema = z.custom<TraceNote>((v) => fits(v, NOTE_WHY), {
  message: 'a note with an unknown code or parameters that do not fit it',
});

const optionsSchema = z.object({
  mss: count.optional(),
  windowScale: count.optional(),
  sackPermitted: z.boolean().optional(),
  sack: z.array(z.tuple([count, count])).optional(),
  timestamps: z.object({ value: count, echoReply: count }).optional(),
});

const ackBasisSchema = z.object({
  seq: count,
  len: count,
  syn: z.boolean(),
  fin: z.boolean(),
  ack: count,
});

const sendSchema = z.object({
  type: z.literal('send'),
  t: time,
  id: count,
  from: endpointId,
  to: endpointId,
  srcPort: count,
  dstPort: count,
  flags: z.array(z.enum(TCP_FLAGS)),
  seq: count,
  ack: count.nullable(),
  len: count,
  window: count,
  options: optionsSchema,
  retransmission: z.boolean(),
  retransmissionOf: count.optional(),
  arrivesAt: time,
  lost: z.boolean().optional(),
  extraDelayMs: time.optional(),
  duplicateOf: count.optional(),
  index: count.optional(),
  ackBasis: ackBasisSchema.nullable().optional(),
  reason: z.string(),
  why: whySchema,
});

/** One trace event (a long trace's events can be checked a slice at a time with it). */
export const traceEventSchema = z.discriminatedUnion('type', [
  sendSchema,
  z.object({
    type: z.literal('state'),
    t: time,
    endpoint: endpointId,
    from: state,
    to: state,
    reason: z.string(),
    why: whySchema,
  }),
  z.object({ type: z.literal('deliver'), t: time, id: count }),
  z.object({ type: z.literal('drop'), t: time, id: count }),
  z.object({
    type: z.literal('timer'),
    t: time,
    endpoint: endpointId,
    timer: z.enum(['retransmit', 'time-wait', 'delayed-ack', 'fin-wait-2']),
    action: z.enum(['start', 'stop', 'expire']),
    expiresAt: time.optional(),
    durationMs: time.optional(),
  }),
  z.object({
    type: z.literal('call'),
    t: time,
    endpoint: endpointId,
    call: z.enum(['listen', 'connect', 'send', 'close', 'abort']),
    bytes: count.optional(),
    error: z.string().nullable(),
  }),
  z.object({
    type: z.literal('notice'),
    t: time,
    endpoint: endpointId,
    reason: z.string(),
    why: whySchema,
  }),
]);

const traceEndpointSchema = z.object({
  port: count,
  address: z.string().optional(),
  initialState: state,
  finalState: state,
  isn: count.nullable(),
  isnSource: z.enum(['scenario', 'seeded', 'capture', 'unknown']),
});

/** A whole trace, simulated or captured. */
export const traceSchema: z.ZodType<Trace> = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('scenario'),
      name: z.string(),
      seed: z.number(),
      profile: z.literal('linux').optional(),
    }),
    z.object({ kind: z.literal('capture'), file: z.string(), stream: count }),
  ]),
  endpoints: z.object({ client: traceEndpointSchema, server: traceEndpointSchema }),
  events: z.array(traceEventSchema),
  notes: z.array(noteSchema),
});
