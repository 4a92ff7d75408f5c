/**
 * The capture importer: .pcap / .pcapng bytes to TCP segments, conversations and Traces. Pure:
 * no DOM, no timers, no wall-clock; it runs in a Web Worker and in Node alike.
 */
export { createCaptureReader, readCapture, readCaptureStream } from './capture-reader.ts';
export { conversationToTrace } from './to-trace.ts';
export type {
  Capture,
  CaptureFormat,
  CaptureResult,
  CapturedSegment,
  Conversation,
  ReadProgress,
} from './types.ts';
export type { CaptureError, CaptureWarning, FatalCode, WarningCode } from './capture-errors.ts';
export { tcpFlagNames } from './tcp-header.ts';
export { diffSeconds } from './timestamps.ts';
export { linkTypeName } from './link-layer.ts';
export { inferStates, inferStatesAndTcb } from './infer-states.ts';
export { traceConversation } from './trace-conversation.ts';
export {
  framesOf,
  groupNotes,
  type CaptureNote,
  type NoteGroup,
  type NoteKind,
} from './note-groups.ts';
