/**
 * Owns the capture workers and the view state. Each open gets a fresh worker; the worker that
 * read the capture on screen stays alive to build traces, and is replaced only when another open
 * succeeds. So Cancel can simply terminate the reading worker, mid-file, and a failed open costs
 * the current capture nothing.
 */
import {
  captureReducer,
  initialCaptureState,
  type CaptureAction,
  type CaptureState,
  type OpenNotice,
} from './captureState.ts';
import type { CaptureSample, CaptureSampleId } from './samples.ts';
import type { CaptureWorkerPort } from './workerPort.ts';
import { MAX_PLAYER_PACKETS, parseWorkerMessage, type WorkerToMain } from './workerProtocol.ts';

/** What the store needs from the outside world. */
export interface CaptureServices {
  startWorker: () => CaptureWorkerPort;
  fetchSample: (sample: CaptureSample, signal: AbortSignal) => Promise<Blob>;
}

/** Where in a capture to open: a conversation (tcp.stream) and its player's step. */
export interface CapturePlace {
  stream: number;
  step: number;
}

interface PendingOpen {
  openId: number;
  fileName: string;
  sample: CaptureSampleId | null;
  place: CapturePlace | null;
  port: CaptureWorkerPort | null;
  abort: AbortController | null;
}

export class CaptureStore {
  private state: CaptureState = initialCaptureState;
  private readonly listeners = new Set<() => void>();
  private current: CaptureWorkerPort | null = null;
  private pending: PendingOpen | null = null;
  private nextOpenId = 1;
  private nextRequestId = 1;

  constructor(private readonly services: CaptureServices) {}

  /** For useSyncExternalStore. */
  readonly getSnapshot = (): CaptureState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Reads a file (from the picker or a drop) in a new worker. */
  openFile(file: Blob, name: string): void {
    this.abandonPending();
    const openId = this.nextOpenId++;
    this.dispatch({ type: 'open-started', openId, fileName: name, phase: 'reading' });
    this.startReading({ openId, fileName: name, sample: null, place: null }, file);
  }

  /**
   * Fetches a bundled sample, then reads it like any file, opening at `place` when the capture
   * has that conversation (else as any capture opens).
   */
  openSample(sample: CaptureSample, place: CapturePlace | null = null): void {
    this.abandonPending();
    const openId = this.nextOpenId++;
    const abort = new AbortController();
    const open = { openId, fileName: sample.file, sample: sample.id, place };
    this.pending = { ...open, port: null, abort };
    this.dispatch({ type: 'open-started', openId, fileName: sample.file, phase: 'fetching' });
    this.services.fetchSample(sample, abort.signal).then(
      (blob) => {
        if (this.pending?.openId !== openId) return;
        this.dispatch({ type: 'reading', openId });
        this.startReading(open, blob);
      },
      (error: unknown) => {
        if (this.pending?.openId !== openId) return;
        this.pending = null;
        this.fail(openId, {
          kind: 'sample-unavailable',
          fileName: sample.file,
          detail: String(error),
        });
      },
    );
  }

  /** Stops the open in progress; the capture on screen stays. */
  cancel(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.abandonPending();
    this.dispatch({ type: 'cancelled', openId: pending.openId });
  }

  /** Asks the current capture's worker for one conversation's trace, to play from `step`. */
  chooseStream(stream: number, step = 0): void {
    const loaded = this.state.current;
    if (loaded === null) return;
    const row = loaded.summary.conversations.find((c) => c.stream === stream);
    if (row !== undefined && row.packets > MAX_PLAYER_PACKETS) {
      this.dispatch({ type: 'stream-too-large', stream, packets: row.packets });
      return;
    }
    const requestId = this.nextRequestId++;
    this.dispatch({ type: 'stream-requested', stream, requestId, step });
    if (this.current === null) {
      this.dispatch({ type: 'reader-lost', detail: 'the capture reader has stopped' });
      return;
    }
    this.current.post({ type: 'trace', requestId, stream });
  }

  /** Records where the conversation's player rests. */
  rest(step: number): void {
    this.dispatch({ type: 'step-rested', step });
  }

  dismissNotice(): void {
    this.dispatch({ type: 'notice-dismissed' });
  }

  /** Stops every worker (the store cannot be used afterwards). */
  dispose(): void {
    this.abandonPending();
    this.current?.terminate();
    this.current = null;
    this.listeners.clear();
  }

  private dispatch(action: CaptureAction): void {
    const next = captureReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private abandonPending(): void {
    this.pending?.port?.terminate();
    this.pending?.abort?.abort();
    this.pending = null;
  }

  private fail(openId: number, notice: OpenNotice): void {
    this.dispatch({ type: 'open-failed', openId, notice });
  }

  private startReading(open: Omit<PendingOpen, 'port' | 'abort'>, file: Blob): void {
    const { openId, fileName: name } = open;
    let port: CaptureWorkerPort;
    try {
      port = this.services.startWorker();
    } catch (error) {
      this.pending = null;
      this.fail(openId, { kind: 'crashed', fileName: name, detail: String(error) });
      return;
    }
    this.pending = { ...open, port, abort: null };
    port.listen(
      (data) => {
        this.receive(port, openId, data);
      },
      (detail) => {
        this.crashed(port, openId, detail);
      },
    );
    port.post({ type: 'open', file, name });
  }

  private receive(port: CaptureWorkerPort, openId: number, data: unknown): void {
    const parsed = parseWorkerMessage(data);
    if (!parsed.ok) {
      this.crashed(port, openId, `unexpected message from the capture reader (${parsed.error})`);
      return;
    }
    if (port === this.pending?.port) this.receiveOpen(port, openId, parsed.message);
    else if (port === this.current) this.receiveTrace(parsed.message);
  }

  private receiveOpen(port: CaptureWorkerPort, openId: number, message: WorkerToMain): void {
    switch (message.type) {
      case 'progress':
        this.dispatch({ type: 'progress', openId, progress: message.progress });
        return;
      case 'opened': {
        const { sample, place } = this.pending ?? { sample: null, place: null };
        this.current?.terminate();
        this.current = port;
        this.pending = null;
        const { summary } = message;
        this.dispatch({ type: 'opened', openId, summary, sample });
        const only = summary.conversations[0];
        if (place !== null && summary.conversations.some((c) => c.stream === place.stream)) {
          this.chooseStream(place.stream, place.step);
        } else if (summary.conversationCount === 1 && only !== undefined) {
          this.chooseStream(only.stream);
        }
        return;
      }
      case 'open-failed':
        port.terminate();
        this.pending = null;
        this.fail(openId, { kind: 'failed', failure: message.failure });
        return;
      case 'trace':
      case 'trace-failed':
        return;
    }
  }

  private receiveTrace(message: WorkerToMain): void {
    if (message.type === 'trace') {
      this.dispatch({
        type: 'trace-ready',
        requestId: message.requestId,
        trace: message.trace,
        tcb: message.tcb,
      });
    } else if (message.type === 'trace-failed') {
      this.dispatch({
        type: 'trace-failed',
        requestId: message.requestId,
        message: message.error.message,
      });
    }
  }

  private crashed(port: CaptureWorkerPort, openId: number, detail: string): void {
    port.terminate();
    if (port === this.pending?.port) {
      const fileName = this.pending.fileName;
      this.pending = null;
      this.fail(openId, { kind: 'crashed', fileName, detail });
    } else if (port === this.current) {
      // The capture on screen stays listed; only new traces cannot be built any more.
      this.current = null;
      this.dispatch({ type: 'reader-lost', detail });
    }
  }
}
