/**
 * The one vocabulary of reasons and notes, from the core to the UI: each `code` names the shape
 * of its `params`, so a consumer that switches on the code reads typed parameters and never
 * re-parses the core's own data. The parameters of a reason with an English template are the
 * template's `{placeholders}` (src/sim/reasons.ts, src/sim/listener/flood-reasons.ts); the
 * capture importer's are listed here.
 */
import type { FLOOD_REASONS } from './listener/flood-reasons.ts';
import type { LINUX_REASONS } from './linux-reasons.ts';
import type { REASONS } from './reasons.ts';

/** A parameter's value: a number (sequence numbers, counts, milliseconds) or a word. */
export type WhyValue = number | string | boolean;

/** Any code's parameters, for code that handles them all alike (templates, relative numbers). */
export type WhyParams = Readonly<Record<string, WhyValue | undefined>>;

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** A template's parameters: one value per placeholder. */
type TemplateParams<S extends string> = { [K in Placeholders<S>]: number | string };

/** A constructor's params argument: optional exactly when the code takes no parameters. */
export type ParamsArgument<P> = keyof P extends never ? [params?: P] : [params: P];

/** One `{ code, rfc, params }` per code of a code -> params map. */
type WhyOf<M> = { [C in keyof M]: { code: C; rfc: string; params: M[C] } }[keyof M];

/** The endpoint machine's and the simulator's reasons, by code. */
export type ReasonParams = {
  [C in keyof typeof REASONS]: TemplateParams<(typeof REASONS)[C]['en']>;
};

/** The SYN-flood listener's reasons, by code. */
export type FloodReasonParams = {
  [C in keyof typeof FLOOD_REASONS]: TemplateParams<(typeof FLOOD_REASONS)[C]['en']>;
};

/** The Linux profile's reasons, by code. */
export type LinuxReasonParams = {
  [C in keyof typeof LINUX_REASONS]: TemplateParams<(typeof LINUX_REASONS)[C]['en']>;
};

type Side = 'client' | 'server';

/** Where a captured segment sits: its frame number and when the capture point saw it (ms). */
type CapturedAt = {
  frame: number;
  seenMs: number;
};

/** Why a captured segment is on the ladder (the `why` of a capture's `send` events). */
export type CapturedSegmentParams = {
  'captured-segment': CapturedAt;
  retransmission: CapturedAt;
  'keep-alive': CapturedAt;
  'duplicate-segment': CapturedAt & { originalFrame: number };
};

/** A segment a note is about: its frame, its index in the conversation, and its sender. */
type NotedSegment = {
  packet: number;
  id: number;
  from: Side;
};

/** The capture importer's notes, where a capture departs from the textbook, by code. */
export type CaptureNoteParams = {
  'capture-starts-mid-connection': { firstPacket: number; clientGuess: string };
  'missing-handshake':
    | { missing: 'SYN'; synAckPacket: number }
    | { missing: 'SYN-ACK'; synPacket: number }
    | { missing: 'ACK'; synAckPacket: number };
  'connection-refused': { synPacket: number; rstPacket: number };
  'duplicate-segment': NotedSegment & { duplicateOf: number; originalPacket: number };
  retransmission: NotedSegment & {
    /** Absent when the original was sent before the capture began. */
    retransmissionOf?: number;
    originalPacket?: number;
    seq: number;
    len: number;
  };
  'keep-alive': NotedSegment;
  'out-of-order': NotedSegment;
  'sequence-gap': NotedSegment & { missingBytes: number };
  'timestamps-option': { firstPacket: number; segments: number; client: boolean; server: boolean };
  'delayed-ack': {
    ackPacket: number;
    ackId: number;
    dataPacket: number;
    dataId: number;
    from: Side;
    delayMs: number;
  };
  'rst-instead-of-fin': NotedSegment & { afterOwnFin: boolean; afterPeerFin: boolean };
  'simultaneous-close': { clientFinPacket: number; serverFinPacket: number };
  'three-segment-close': {
    finPacket: number;
    finAckPacket: number;
    /** 0 when the last ACK is not in the capture. */
    ackPacket: number;
    closer: Side;
    reason: 'delayed-ack';
  };
  'capture-ends-before-close': { clientFin: boolean; serverFin: boolean };
  'flight-time-estimate': {
    clientSideMs: number;
    serverSideMs: number;
    basis: 'handshake' | 'partial-handshake' | 'data-and-acks' | 'none';
    capturePoint: 'near-client' | 'near-server' | 'between' | 'unknown';
  };
  /** More notes of `code` were found than listed. */
  'notes-truncated': { code: CaptureNoteCode; omitted: number };
};

/** A reason the core gives. */
export type ReasonWhy = WhyOf<ReasonParams>;
/** A reason only a Linux-profile run gives. */
export type LinuxWhy = WhyOf<LinuxReasonParams>;
/** A reason the SYN-flood listener gives. */
export type FloodWhy = WhyOf<FloodReasonParams>;
/** Why a captured segment is drawn. */
export type CapturedSegmentWhy = WhyOf<CapturedSegmentParams>;
/** Why a captured segment is drawn, by code. */
export type CapturedSegmentCode = keyof CapturedSegmentParams;

/** A capture importer's note. */
export type CaptureNoteWhy = WhyOf<CaptureNoteParams>;
/** A capture note's code. */
export type CaptureNoteCode = keyof CaptureNoteParams;

/**
 * Why something happened (a state change, a segment, a notice): a stable code the UI can
 * localize, the rule it follows, and the numbers that went into it.
 */
export type Why = ReasonWhy | LinuxWhy | FloodWhy | CapturedSegmentWhy;

/** A note on the whole run: the simulator's and the listener's, or the capture importer's. */
export type TraceNote = ReasonWhy | LinuxWhy | FloodWhy | CaptureNoteWhy;
