/** The view state's rule: only a successful open replaces what is on screen. */
import {
  captureReducer,
  initialCaptureState,
  type CaptureAction,
  type CaptureState,
} from '../../../src/ui/capture/captureState.ts';
import type { CaptureSummary } from '../../../src/ui/capture/workerProtocol.ts';
import type { TcbTable, Trace } from '../../../src/sim/index.ts';

const summary = (fileName: string): CaptureSummary => ({
  fileName,
  fileBytes: 100,
  format: 'pcap',
  linkTypes: ['Ethernet'],
  frames: 3,
  segments: 3,
  conversationCount: 0,
  conversations: [],
  skipped: {},
  warnings: [],
  warningCounts: {},
  complete: true,
});

const trace = { source: { kind: 'capture', file: 'a', stream: 0 } } as Trace;

function run(...actions: CaptureAction[]): CaptureState {
  return actions.reduce(captureReducer, initialCaptureState);
}

const tcb: TcbTable = { inferred: true, changes: [] };

const openA: CaptureAction[] = [
  { type: 'open-started', openId: 1, fileName: 'a.pcap', phase: 'reading' },
  { type: 'opened', openId: 1, summary: summary('a.pcap'), sample: null },
  { type: 'stream-requested', stream: 0, requestId: 1, step: 0 },
  { type: 'trace-ready', requestId: 1, trace, tcb },
];

describe('capture view state', () => {
  it('shows a capture once it has opened, and its conversation once traced', () => {
    const s = run(...openA);
    expect(s.current?.summary.fileName).toBe('a.pcap');
    expect(s.current?.view).toEqual({ status: 'ready', stream: 0, trace, tcb, step: 0 });
    expect(s.opening).toBeNull();
  });

  it('keeps where the player rests, for a ready conversation only', () => {
    const rested = captureReducer(run(...openA), { type: 'step-rested', step: 6 });
    expect(rested.current?.view).toEqual({ status: 'ready', stream: 0, trace, tcb, step: 6 });
    expect(captureReducer(rested, { type: 'step-rested', step: 6 })).toBe(rested);
    const loading = run(...openA.slice(0, 3));
    expect(captureReducer(loading, { type: 'step-rested', step: 6 })).toBe(loading);
  });

  it('keeps the capture and conversation on screen when another open fails', () => {
    const before = run(...openA);
    const after = run(
      ...openA,
      { type: 'open-started', openId: 2, fileName: 'b.pcap', phase: 'reading' },
      {
        type: 'progress',
        openId: 2,
        progress: { bytesRead: 5, totalBytes: 9, frames: 1, segments: 0 },
      },
      {
        type: 'open-failed',
        openId: 2,
        notice: { kind: 'crashed', fileName: 'b.pcap', detail: 'boom' },
      },
    );
    expect(after.current).toEqual(before.current);
    expect(after.opening).toBeNull();
    expect(after.notice).toEqual({ kind: 'crashed', fileName: 'b.pcap', detail: 'boom' });
  });

  it('keeps it on cancel too, and says which file was cancelled', () => {
    const s = run(
      ...openA,
      { type: 'open-started', openId: 2, fileName: 'big.pcap', phase: 'reading' },
      { type: 'cancelled', openId: 2 },
    );
    expect(s.current?.summary.fileName).toBe('a.pcap');
    expect(s.notice).toEqual({ kind: 'cancelled', fileName: 'big.pcap' });
  });

  it('ignores messages about an open that was superseded', () => {
    const s = run(
      { type: 'open-started', openId: 1, fileName: 'a.pcap', phase: 'reading' },
      { type: 'open-started', openId: 2, fileName: 'b.pcap', phase: 'fetching' },
      { type: 'opened', openId: 1, summary: summary('a.pcap'), sample: null },
      {
        type: 'progress',
        openId: 1,
        progress: { bytesRead: 1, totalBytes: 2, frames: 0, segments: 0 },
      },
    );
    expect(s.current).toBeNull();
    expect(s.opening).toEqual({ openId: 2, fileName: 'b.pcap', phase: 'fetching', progress: null });
  });

  it('ignores a trace answering an earlier request', () => {
    const s = run(
      ...openA.slice(0, 2),
      { type: 'stream-requested', stream: 0, requestId: 1, step: 0 },
      { type: 'stream-requested', stream: 2, requestId: 2, step: 4 },
      { type: 'trace-ready', requestId: 1, trace, tcb },
    );
    expect(s.current?.view).toEqual({ status: 'loading', stream: 2, requestId: 2, step: 4 });
    const failed = captureReducer(s, { type: 'trace-failed', requestId: 2, message: 'no' });
    expect(failed.current?.view).toEqual({ status: 'failed', stream: 2, message: 'no' });
  });

  it('clears an old notice when a new open starts, and on dismiss', () => {
    const s = run(
      { type: 'open-started', openId: 1, fileName: 'a.pcap', phase: 'reading' },
      { type: 'cancelled', openId: 1 },
    );
    expect(s.notice).not.toBeNull();
    expect(captureReducer(s, { type: 'notice-dismissed' }).notice).toBeNull();
    expect(
      captureReducer(s, { type: 'open-started', openId: 2, fileName: 'c', phase: 'reading' })
        .notice,
    ).toBeNull();
  });
});
