/**
 * What the capture view shows, as a pure reducer. The rule that matters most: only a successful
 * open replaces the current capture. A failed, cancelled or superseded open leaves the capture
 * (and the conversation) the user was looking at exactly as it was.
 */
import type { ReadProgress } from '../../capture/index.ts';
import type { TcbTable, Trace } from '../../sim/index.ts';
import type { CaptureSampleId } from './samples.ts';
import type { CaptureSummary, OpenFailure } from './workerProtocol.ts';

/**
 * The chosen conversation, as far as it has got. `step` is where its player opens (loading) and
 * then rests (ready), so coming back to the view, or to its address, finds the same step.
 */
export type ConversationView =
  | { status: 'none' }
  | { status: 'loading'; stream: number; requestId: number; step: number }
  | { status: 'ready'; stream: number; trace: Trace; tcb: TcbTable; step: number }
  | { status: 'failed'; stream: number; message: string }
  | { status: 'too-large'; stream: number; packets: number };

/** The capture on screen. */
export interface LoadedCapture {
  openId: number;
  /** The bundled sample this is, or null for a file of the user's own (which no link can name). */
  sample: CaptureSampleId | null;
  summary: CaptureSummary;
  view: ConversationView;
}

/** A file being fetched (a sample) or read. */
export interface Opening {
  openId: number;
  fileName: string;
  phase: 'fetching' | 'reading';
  progress: ReadProgress | null;
}

/** What the last open attempt left to say, when it did not succeed. */
export type OpenNotice =
  | { kind: 'failed'; failure: OpenFailure }
  | { kind: 'crashed'; fileName: string; detail: string }
  | { kind: 'sample-unavailable'; fileName: string; detail: string }
  | { kind: 'cancelled'; fileName: string };

export interface CaptureState {
  current: LoadedCapture | null;
  opening: Opening | null;
  notice: OpenNotice | null;
}

export type CaptureAction =
  | { type: 'open-started'; openId: number; fileName: string; phase: Opening['phase'] }
  | { type: 'reading'; openId: number }
  | { type: 'progress'; openId: number; progress: ReadProgress }
  | { type: 'opened'; openId: number; summary: CaptureSummary; sample: CaptureSampleId | null }
  | { type: 'open-failed'; openId: number; notice: OpenNotice }
  | { type: 'cancelled'; openId: number }
  | { type: 'stream-requested'; stream: number; requestId: number; step: number }
  | { type: 'stream-too-large'; stream: number; packets: number }
  | { type: 'trace-ready'; requestId: number; trace: Trace; tcb: TcbTable }
  | { type: 'trace-failed'; requestId: number; message: string }
  | { type: 'step-rested'; step: number }
  | { type: 'reader-lost'; detail: string }
  | { type: 'notice-dismissed' };

export const initialCaptureState: CaptureState = { current: null, opening: null, notice: null };

function withView(state: CaptureState, view: ConversationView): CaptureState {
  return state.current === null ? state : { ...state, current: { ...state.current, view } };
}

/** The conversation waiting for request `requestId`, or null if the answer is stale. */
function loadingView(
  state: CaptureState,
  requestId: number,
): Extract<ConversationView, { status: 'loading' }> | null {
  const view = state.current?.view;
  return view?.status === 'loading' && view.requestId === requestId ? view : null;
}

export function captureReducer(state: CaptureState, action: CaptureAction): CaptureState {
  const opening = state.opening;
  // Messages about an open that has since been cancelled or superseded change nothing.
  const isCurrentOpen = (openId: number): boolean => opening?.openId === openId;
  switch (action.type) {
    case 'open-started':
      return {
        ...state,
        opening: {
          openId: action.openId,
          fileName: action.fileName,
          phase: action.phase,
          progress: null,
        },
        notice: null,
      };
    case 'reading':
      if (opening === null || !isCurrentOpen(action.openId)) return state;
      return { ...state, opening: { ...opening, phase: 'reading' } };
    case 'progress':
      if (opening === null || !isCurrentOpen(action.openId)) return state;
      return { ...state, opening: { ...opening, phase: 'reading', progress: action.progress } };
    case 'opened':
      if (!isCurrentOpen(action.openId)) return state;
      return {
        current: {
          openId: action.openId,
          sample: action.sample,
          summary: action.summary,
          view: { status: 'none' },
        },
        opening: null,
        notice: null,
      };
    case 'open-failed':
      if (!isCurrentOpen(action.openId)) return state;
      return { ...state, opening: null, notice: action.notice };
    case 'cancelled':
      if (opening === null || !isCurrentOpen(action.openId)) return state;
      return { ...state, opening: null, notice: { kind: 'cancelled', fileName: opening.fileName } };
    case 'stream-requested':
      return withView(state, {
        status: 'loading',
        stream: action.stream,
        requestId: action.requestId,
        step: action.step,
      });
    case 'stream-too-large':
      return withView(state, {
        status: 'too-large',
        stream: action.stream,
        packets: action.packets,
      });
    case 'trace-ready': {
      const view = loadingView(state, action.requestId);
      if (view === null) return state;
      return withView(state, {
        status: 'ready',
        stream: view.stream,
        trace: action.trace,
        tcb: action.tcb,
        step: view.step,
      });
    }
    case 'trace-failed': {
      const view = loadingView(state, action.requestId);
      if (view === null) return state;
      return withView(state, { status: 'failed', stream: view.stream, message: action.message });
    }
    case 'reader-lost': {
      const view = state.current?.view;
      if (view?.status !== 'loading') return state;
      return withView(state, { status: 'failed', stream: view.stream, message: action.detail });
    }
    case 'step-rested': {
      const view = state.current?.view;
      if (view?.status !== 'ready' || view.step === action.step) return state;
      return withView(state, { ...view, step: action.step });
    }
    case 'notice-dismissed':
      return { ...state, notice: null };
  }
}
