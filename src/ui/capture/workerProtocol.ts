/**
 * The messages between the page and the capture worker, with a zod schema for each direction.
 * Structured clone carries any shape, so each side checks what it receives before acting on it;
 * the main thread never renders or plays a worker message that did not pass.
 */
import { z } from 'zod';
import type {
  CaptureError,
  CaptureFormat,
  CaptureWarning,
  FatalCode,
  ReadProgress,
  WarningCode,
} from '../../capture/index.ts';
import type { TcbTable, Trace } from '../../sim/index.ts';
import { tcbTableSchema, traceSchema } from '../kit/index.ts';

/** Conversations listed at most: the rest are counted (a port scan can hold a million). */
export const MAX_LISTED_CONVERSATIONS = 10_000;
/** Warnings of each kind sent to the page; the rest are only counted. */
export const WARNINGS_PER_CODE = 20;
/**
 * The largest conversation the player takes. Laying a trace out grows faster than linearly
 * (about 0.5 s for 5,000 segments on a laptop), and a ladder of more arrows cannot be read.
 */
export const MAX_PLAYER_PACKETS = 5_000;

/** One row of the conversation list (a Conversation without its segment indices). */
export interface ConversationSummary {
  stream: number;
  a: { address: string; port: number };
  b: { address: string; port: number };
  packets: number;
  /** Frame bytes on the wire, both directions. */
  bytes: number;
  payloadBytes: number;
  /** Seconds from the file's first frame. */
  start: number;
  /** Seconds between the first and last segment. */
  duration: number;
  sawSyn: boolean;
  sawSynAck: boolean;
  sawFin: boolean;
  sawRst: boolean;
  hasHandshake: boolean;
  hasClose: boolean;
}

/** What the page learns about a capture the worker has read. */
export interface CaptureSummary {
  fileName: string;
  fileBytes: number;
  format: CaptureFormat;
  /** Link-layer names of the interfaces ("Ethernet", "Linux cooked v1", ...). */
  linkTypes: string[];
  frames: number;
  segments: number;
  conversationCount: number;
  /** The first MAX_LISTED_CONVERSATIONS conversations, in stream order. */
  conversations: ConversationSummary[];
  /** Frames that were not TCP, by protocol. */
  skipped: Record<string, number>;
  /** The first WARNINGS_PER_CODE warnings of each kind, and every warning that stopped reading. */
  warnings: CaptureWarning[];
  warningCounts: Partial<Record<WarningCode, number>>;
  /** False when reading stopped before the end of the file. */
  complete: boolean;
}

/** Why a capture could not be opened, and what was read before it failed. */
export interface OpenFailure {
  fileName: string;
  error: CaptureError;
  warnings: CaptureWarning[];
  warningCounts: Partial<Record<WarningCode, number>>;
  bytesRead: number;
  frames: number;
}

/** Page to worker. */
export type MainToWorker =
  { type: 'open'; file: Blob; name: string } | { type: 'trace'; requestId: number; stream: number };

/** Worker to page. */
export type WorkerToMain =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'opened'; summary: CaptureSummary }
  | { type: 'open-failed'; failure: OpenFailure }
  | { type: 'trace'; requestId: number; trace: Trace; tcb: TcbTable }
  | { type: 'trace-failed'; requestId: number; stream: number; error: CaptureError };

// Every code spelled out, so the compiler flags a code the core adds and this list lacks.
const FATAL_CODES: { [K in FatalCode]: K } = {
  'empty-file': 'empty-file',
  'unknown-format': 'unknown-format',
  'compressed-file': 'compressed-file',
  'truncated-file-header': 'truncated-file-header',
  'unsupported-version': 'unsupported-version',
  'bad-first-block': 'bad-first-block',
  'no-packets': 'no-packets',
  'no-tcp': 'no-tcp',
  'read-failed': 'read-failed',
  'no-such-stream': 'no-such-stream',
  'internal-error': 'internal-error',
};

const WARNING_CODES: { [K in WarningCode]: K } = {
  'truncated-packet': 'truncated-packet',
  'trailing-bytes': 'trailing-bytes',
  'snap-length-exceeded': 'snap-length-exceeded',
  'framing-lost': 'framing-lost',
  'malformed-block': 'malformed-block',
  'limit-reached': 'limit-reached',
  'unknown-link-type': 'unknown-link-type',
  'unknown-interface': 'unknown-interface',
  'no-timestamp': 'no-timestamp',
  'malformed-link-header': 'malformed-link-header',
  'not-ip': 'not-ip',
  'malformed-ip': 'malformed-ip',
  'ip-fragment': 'ip-fragment',
  'not-tcp': 'not-tcp',
  'truncated-tcp-header': 'truncated-tcp-header',
  'truncated-tcp-options': 'truncated-tcp-options',
  'malformed-tcp': 'malformed-tcp',
  'internal-error': 'internal-error',
};

/** Every warning code, in the order the core declares them. */
export const ALL_WARNING_CODES = Object.values(WARNING_CODES);

const count = z.number().int().nonnegative();
const warningCode = z.enum(WARNING_CODES);

const location = {
  offset: count,
  packet: count.optional(),
  block: count.optional(),
};

const errorSchema: z.ZodType<CaptureError> = z.object({
  ...location,
  code: z.enum(FATAL_CODES),
  message: z.string(),
});

const warningSchema: z.ZodType<CaptureWarning> = z.object({
  ...location,
  code: warningCode,
  message: z.string(),
  stopped: z.boolean(),
});

const warningCounts = z.partialRecord(warningCode, count);

const endpoint = z.object({ address: z.string(), port: count });

const conversationSchema: z.ZodType<ConversationSummary> = z.object({
  stream: count,
  a: endpoint,
  b: endpoint,
  packets: count,
  bytes: count,
  payloadBytes: count,
  start: z.number(),
  duration: z.number().nonnegative(),
  sawSyn: z.boolean(),
  sawSynAck: z.boolean(),
  sawFin: z.boolean(),
  sawRst: z.boolean(),
  hasHandshake: z.boolean(),
  hasClose: z.boolean(),
});

const summarySchema: z.ZodType<CaptureSummary> = z.object({
  fileName: z.string(),
  fileBytes: count,
  format: z.enum(['pcap', 'pcapng']),
  linkTypes: z.array(z.string()),
  frames: count,
  segments: count,
  conversationCount: count,
  conversations: z.array(conversationSchema).max(MAX_LISTED_CONVERSATIONS),
  skipped: z.record(z.string(), count),
  warnings: z.array(warningSchema),
  warningCounts,
  complete: z.boolean(),
});

const progressSchema: z.ZodType<ReadProgress> = z.object({
  bytesRead: count,
  totalBytes: count.nullable(),
  frames: count,
  segments: count,
});

const workerToMainSchema: z.ZodType<WorkerToMain> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: progressSchema }),
  z.object({ type: z.literal('opened'), summary: summarySchema }),
  z.object({
    type: z.literal('open-failed'),
    failure: z.object({
      fileName: z.string(),
      error: errorSchema,
      warnings: z.array(warningSchema),
      warningCounts,
      bytesRead: count,
      frames: count,
    }),
  }),
  z.object({
    type: z.literal('trace'),
    requestId: count,
    trace: traceSchema,
    tcb: tcbTableSchema,
  }),
  z.object({
    type: z.literal('trace-failed'),
    requestId: count,
    stream: count,
    error: errorSchema,
  }),
]);

const mainToWorkerSchema: z.ZodType<MainToWorker> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), file: z.instanceof(Blob), name: z.string() }),
  z.object({ type: z.literal('trace'), requestId: count, stream: count }),
]);

/** A checked message, or one sentence that says where it went wrong. */
export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? 'message' : issue.path.join('.');
  return { ok: false, error: `${path}: ${issue?.message ?? 'invalid'}` };
}

/** Checks a message from the worker. */
export function parseWorkerMessage(data: unknown): Parsed<WorkerToMain> {
  return parseWith(workerToMainSchema, data);
}

/** Checks a message from the page. */
export function parseMainMessage(data: unknown): Parsed<MainToWorker> {
  return parseWith(mainToWorkerSchema, data);
}
