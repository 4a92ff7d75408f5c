/**
 * The Trace model as a zod schema, for traces that arrive from the capture worker: the main
 * thread checks what crosses the boundary instead of trusting it. The annotation makes the
 * compiler hold what the schema accepts to the Trace type. It covers the events a captured
 * trace can hold; simulator-only events (a listener's backlog) are refused, not guessed at.
 */
import { z } from 'zod';
import { TCP_FLAGS, TCP_STATES, type Trace, type Why } from '../../sim/index.ts';

const count = z.number().int().nonnegative();
const time = z.number();
const endpointId = z.enum(['client', 'server']);
const state = z.enum(TCP_STATES);

export const whySchema: z.ZodType<Why> = z.object({
  code: z.string(),
  rfc: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
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

const eventSchema = z.discriminatedUnion('type', [
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
    timer: z.enum(['retransmit', 'time-wait']),
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
    z.object({ kind: z.literal('scenario'), name: z.string(), seed: z.number() }),
    z.object({ kind: z.literal('capture'), file: z.string(), stream: count }),
  ]),
  endpoints: z.object({ client: traceEndpointSchema, server: traceEndpointSchema }),
  events: z.array(eventSchema),
  notes: z.array(whySchema),
});
