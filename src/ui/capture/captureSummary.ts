/**
 * What the worker tells the page about a read capture: the conversation list and the problems,
 * never the segments themselves (a capture can hold a million; the page asks for one
 * conversation's trace at a time).
 */
import {
  linkTypeName,
  type Capture,
  type CaptureResult,
  type CaptureWarning,
  type Conversation,
  type WarningCode,
} from '../../capture/index.ts';
import {
  MAX_LISTED_CONVERSATIONS,
  WARNINGS_PER_CODE,
  type CaptureSummary,
  type ConversationSummary,
  type OpenFailure,
} from './workerProtocol.ts';

function conversationSummary(c: Conversation): ConversationSummary {
  return {
    stream: c.stream,
    a: { address: c.a.address, port: c.a.port },
    b: { address: c.b.address, port: c.b.port },
    packets: c.packets,
    bytes: c.bytes,
    payloadBytes: c.payloadBytes,
    start: c.start,
    duration: c.duration,
    sawSyn: c.sawSyn,
    sawSynAck: c.sawSynAck,
    sawFin: c.sawFin,
    sawRst: c.sawRst,
    hasHandshake: c.hasHandshake,
    hasClose: c.hasClose,
  };
}

/** The first few warnings of each kind, plus any that stopped reading. */
export function firstWarnings(warnings: readonly CaptureWarning[]): CaptureWarning[] {
  const seen = new Map<WarningCode, number>();
  return warnings.filter((w) => {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    return n <= WARNINGS_PER_CODE || w.stopped;
  });
}

/** Summarizes a read capture for the page. */
export function summarizeCapture(
  capture: Capture,
  fileName: string,
  fileBytes: number,
): CaptureSummary {
  return {
    fileName,
    fileBytes,
    format: capture.format,
    linkTypes: [...new Set(capture.interfaces.map((i) => linkTypeName(i.linkType)))],
    frames: capture.frames,
    segments: capture.segments.length,
    conversationCount: capture.conversations.length,
    conversations: capture.conversations
      .slice(0, MAX_LISTED_CONVERSATIONS)
      .map(conversationSummary),
    skipped: { ...capture.skipped },
    warnings: firstWarnings(capture.warnings),
    warningCounts: { ...capture.warningCounts },
    complete: capture.complete,
  };
}

/** Describes a failed read for the page. */
export function summarizeFailure(
  result: Extract<CaptureResult, { ok: false }>,
  fileName: string,
): OpenFailure {
  return {
    fileName,
    error: { ...result.error },
    warnings: firstWarnings(result.warnings),
    warningCounts: { ...result.warningCounts },
    bytesRead: result.stats.bytesRead,
    frames: result.stats.frames,
  };
}
