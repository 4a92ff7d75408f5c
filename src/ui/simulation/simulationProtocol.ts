/**
 * The messages between the page and the simulation worker. The page sends a scenario *file* and
 * the name of a budget, and the worker validates the file with the scenario schema itself; the
 * page checks every answer with zod (the trace with the same schema as a capture's) before it
 * plays it.
 */
import { z } from 'zod';
import {
  BUDGETS,
  type BudgetExceeded,
  type RunProgress,
  type TcbTable,
  type Trace,
  type TraceEvent,
} from '../../sim/index.ts';
import { nextTask, tcbTableSchema, traceEventSchema, traceSchema } from '../kit/index.ts';

/** A caller's budget, by name (src/sim/budget.ts). */
export type BudgetName = keyof typeof BUDGETS;

/** Page to worker: run this file within this budget. */
export interface SimulateRequest {
  type: 'simulate';
  id: number;
  file: unknown;
  budget: BudgetName;
}

/** Worker to page. */
export type SimulationMessage =
  | { type: 'progress'; id: number; progress: RunProgress }
  | { type: 'done'; id: number; trace: Trace; tcb: TcbTable }
  | { type: 'over-budget'; id: number; exceeded: BudgetExceeded }
  | { type: 'failed'; id: number; errors: string[] };

const count = z.number().int().nonnegative();
const budgetName = z.enum(Object.keys(BUDGETS) as [BudgetName, ...BudgetName[]]);

/** What the worker accepts. */
export const simulateRequestSchema: z.ZodType<SimulateRequest> = z.object({
  type: z.literal('simulate'),
  id: count,
  file: z.unknown(),
  budget: budgetName,
});

const endpoint = z.enum(['client', 'server']);
const causeSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('small-window'),
    endpoint,
    window: count,
    bytes: count,
    segments: count,
  }),
  z.object({ code: z.literal('small-mss'), mss: count, bytes: count, segments: count }),
  z.object({
    code: z.literal('large-window'),
    endpoint,
    window: count,
    segmentSize: count,
    inFlight: count,
  }),
  z.object({ code: z.literal('large-send'), bytes: count, segmentSize: count, segments: count }),
  z.object({
    code: z.literal('many-events'),
    events: count,
    faults: count,
    maxRetransmissions: count,
  }),
  z.object({
    code: z.literal('long-times'),
    lastCallMs: count,
    delayMs: count,
    mslMs: count,
    rtoMaxMs: count,
  }),
]);

const exceededSchema: z.ZodType<BudgetExceeded> = z.object({
  resource: z.enum(['segments', 'events', 'simulatedMs', 'burst']),
  limit: count,
  t: z.number().nonnegative(),
  cause: causeSchema,
});

/** What the page accepts. */
export const simulationMessageSchema: z.ZodType<SimulationMessage> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    id: count,
    progress: z.object({ segments: count, events: count, t: z.number().nonnegative() }),
  }),
  z.object({ type: z.literal('done'), id: count, trace: traceSchema, tcb: tcbTableSchema }),
  z.object({ type: z.literal('over-budget'), id: count, exceeded: exceededSchema }),
  z.object({ type: z.literal('failed'), id: count, errors: z.array(z.string()) }),
]);

/**
 * Worker to page: a part of a finished run's trace events, posted ahead of its `done` (which
 * then carries none): a long trace in one message takes the page a long task just to receive.
 */
interface EventsPart {
  type: 'events';
  id: number;
  events: TraceEvent[];
}

/**
 * Trace events per part; the first part is small, as the page's first check of trace events
 * also sets up the schema's checks.
 */
const EVENTS_PER_PART = 1000;
const FIRST_PART = 100;

/** A job's message as the worker posts it: a `done` answer's events go first, in parts. */
export function* inParts(message: SimulationMessage): Generator<SimulationMessage | EventsPart> {
  if (message.type !== 'done') {
    yield message;
    return;
  }
  const { events } = message.trace;
  for (let at = 0; at < events.length;) {
    const end = at + (at === 0 ? FIRST_PART : EVENTS_PER_PART);
    yield { type: 'events', id: message.id, events: events.slice(at, end) };
    at = end;
  }
  yield { ...message, trace: { ...message.trace, events: [] } };
}

/** Whether the worker's message is a part of a trace's events (see `inParts`). */
export function isEventsPart(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === 'events';
}

const eventsPartSchema = z.object({
  type: z.literal('events'),
  id: count,
  events: z.array(traceEventSchema),
});

/** The events of a part, checked; null when it cannot be read. */
export function readEventsPart(data: unknown): TraceEvent[] | null {
  const part = eventsPartSchema.safeParse(data);
  return part.success ? part.data.events : null;
}

/**
 * Trace events checked in one task: a long run's trace (tens of thousands of events) is checked
 * a slice at a time, and the page answers input between the slices.
 */
const EVENTS_PER_SLICE = 2000;
const eventsSchema = z.array(traceEventSchema);

/** The events of a `done` answer, unchecked; null for any other answer. */
function doneEvents(data: unknown): { answer: object; trace: object; events: unknown[] } | null {
  if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== 'done') {
    return null;
  }
  if (!('trace' in data) || typeof data.trace !== 'object' || data.trace === null) return null;
  const { trace } = data;
  if (!('events' in trace) || !Array.isArray(trace.events)) return null;
  return { answer: data, trace, events: trace.events };
}

/** Checks an answer of the worker (a trace a slice at a time); null when it cannot be read. */
export async function readSimulationMessage(data: unknown): Promise<SimulationMessage | null> {
  const done = doneEvents(data);
  if (done === null) {
    const message = simulationMessageSchema.safeParse(data);
    return message.success ? message.data : null;
  }
  const head = simulationMessageSchema.safeParse({
    ...done.answer,
    trace: { ...done.trace, events: [] },
  });
  if (!head.success || head.data.type !== 'done') return null;
  const events: TraceEvent[] = [];
  for (let at = 0; at < done.events.length; at += EVENTS_PER_SLICE) {
    if (at > 0) await nextTask();
    const slice = eventsSchema.safeParse(done.events.slice(at, at + EVENTS_PER_SLICE));
    if (!slice.success) return null;
    events.push(...slice.data);
  }
  return { ...head.data, trace: { ...head.data.trace, events } };
}
