/**
 * The capture importer: .pcap / .pcapng bytes to TCP segments, conversations and Traces. Pure:
 * no DOM, no timers, no wall-clock; it runs in a Web Worker and in Node alike.
 */
export {
  createCaptureReader,
  readCapture,
  readCaptureStream,
  type CaptureReader,
  type PushStatus,
} from './capture-reader.ts';
export { conversationToTrace, type TraceResult } from './to-trace.ts';
export type {
  Capture,
  CaptureFormat,
  CaptureInterface,
  CaptureResult,
  CapturedSegment,
  Conversation,
  ConversationEndpoint,
  ReadOptions,
  ReadProgress,
  ReadStats,
} from './types.ts';
export type {
  CaptureError,
  CaptureWarning,
  FatalCode,
  ProblemLocation,
  WarningCode,
} from './capture-errors.ts';
export { tcpFlagNames } from './tcp-header.ts';
export type { TcpOtherOption } from './tcp-options.ts';
export { diffMillis, diffSeconds, type CaptureTime } from './timestamps.ts';
export { linkTypeName } from './link-layer.ts';
export type { FlightModel } from './flight-model.ts';
export { DELAYED_ACK_THRESHOLD_MS } from './trace-notes.ts';
export { inferStates } from './infer-states.ts';
export { traceConversation } from './trace-conversation.ts';
export {
  framesOf,
  groupNotes,
  type CaptureNote,
  type NoteGroup,
  type NoteKind,
  type NoteSection,
} from './note-groups.ts';
