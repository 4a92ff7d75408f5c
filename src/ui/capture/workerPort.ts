/**
 * The page's side of a capture worker, as a small interface: the real Web Worker in the app, an
 * in-process stand-in in tests (happy-dom has no workers).
 */
import type { MainToWorker } from './workerProtocol.ts';

export interface CaptureWorkerPort {
  post: (message: MainToWorker) => void;
  /** Listens for messages (unchecked: the caller validates them) and for a crash. */
  listen: (onMessage: (data: unknown) => void, onCrash: (detail: string) => void) => void;
  /** Stops the worker at once, mid-read if need be. */
  terminate: () => void;
}

/** Starts a capture worker in its own thread. */
export function startCaptureWorker(): CaptureWorkerPort {
  const worker = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message) => {
      worker.postMessage(message);
    },
    listen: (onMessage, onCrash) => {
      worker.onmessage = (event: MessageEvent) => {
        onMessage(event.data);
      };
      worker.onmessageerror = () => {
        onCrash('a message from the capture reader could not be read');
      };
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onCrash(event.message === '' ? 'the capture reader stopped' : event.message);
      };
    },
    terminate: () => {
      worker.terminate();
    },
  };
}
