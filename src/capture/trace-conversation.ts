/** A captured conversation as a Trace the player can show: segments, notes and inferred states. */
import type { TcbTable, Trace } from '../sim/index.ts';
import { inferStatesAndTcb } from './infer-states.ts';
import { conversationToTrace, type TraceResult } from './to-trace.ts';
import type { Capture } from './types.ts';

/** A conversation's trace with its inferred TCB table, or why it could not be made. */
export type ConversationResult =
  { ok: true; trace: Trace; tcb: TcbTable } | Extract<TraceResult, { ok: false }>;

/** Converts conversation `stream` and infers both endpoints' states and TCBs over it. */
export function traceConversation(
  capture: Capture,
  stream: number,
  file: string,
): ConversationResult {
  const result = conversationToTrace(capture, stream, file);
  return result.ok ? { ok: true, ...inferStatesAndTcb(result.trace) } : result;
}
