/** A captured conversation as a Trace the player can show: segments, notes and inferred states. */
import { inferStates } from './infer-states.ts';
import { conversationToTrace, type TraceResult } from './to-trace.ts';
import type { Capture } from './types.ts';

/** Converts conversation `stream` and infers both endpoints' states over it. */
export function traceConversation(capture: Capture, stream: number, file: string): TraceResult {
  const result = conversationToTrace(capture, stream, file);
  return result.ok ? { ok: true, trace: inferStates(result.trace) } : result;
}
