/**
 * The capture worker's work, apart from the worker global so tests can run it in-process: read a
 * file slice by slice (a 2 GB capture is never in memory whole), report progress, keep the read
 * capture, and build one conversation's trace on request.
 */
import {
  readCaptureStream,
  traceConversation,
  type Capture,
  type CaptureError,
} from '../../capture/index.ts';
import { summarizeCapture, summarizeFailure } from './captureSummary.ts';
import { parseMainMessage, type WorkerToMain } from './workerProtocol.ts';

/** Bytes read per slice: large enough to keep the parser busy, small enough to report often. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** The file, one slice at a time. */
async function* slices(file: Blob, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < file.size; offset += size) {
    yield new Uint8Array(await file.slice(offset, offset + size).arrayBuffer());
  }
}

function internalError(detail: string): CaptureError {
  return { code: 'internal-error', offset: 0, message: `the capture reader failed: ${detail}` };
}

/** Handles one message from the page; `post` sends the answers back. */
export type CaptureWorkerHandler = (data: unknown) => Promise<void>;

export function createCaptureWorkerHandler(
  post: (message: WorkerToMain) => void,
  chunkBytes = CHUNK_BYTES,
): CaptureWorkerHandler {
  let capture: Capture | null = null;
  let fileName = '';

  const open = async (file: Blob, name: string): Promise<void> => {
    const result = await readCaptureStream(slices(file, chunkBytes), {
      totalBytes: file.size,
      onProgress: (progress) => {
        post({ type: 'progress', progress });
      },
    });
    if (!result.ok) {
      post({ type: 'open-failed', failure: summarizeFailure(result, name) });
      return;
    }
    capture = result.capture;
    fileName = name;
    post({ type: 'opened', summary: summarizeCapture(result.capture, name, file.size) });
  };

  const trace = (requestId: number, stream: number): void => {
    if (capture === null) {
      const error: CaptureError = {
        code: 'no-such-stream',
        offset: 0,
        message: 'no capture is open in this worker',
      };
      post({ type: 'trace-failed', requestId, stream, error });
      return;
    }
    const result = traceConversation(capture, stream, fileName);
    if (result.ok) post({ type: 'trace', requestId, trace: result.trace, tcb: result.tcb });
    else post({ type: 'trace-failed', requestId, stream, error: result.error });
  };

  return async (data) => {
    const parsed = parseMainMessage(data);
    if (!parsed.ok) {
      post({
        type: 'open-failed',
        failure: {
          fileName: '',
          error: internalError(`unexpected request (${parsed.error})`),
          warnings: [],
          warningCounts: {},
          bytesRead: 0,
          frames: 0,
        },
      });
      return;
    }
    const message = parsed.message;
    try {
      if (message.type === 'open') await open(message.file, message.name);
      else trace(message.requestId, message.stream);
    } catch (error) {
      // The reader returns its errors; reaching here is a bug, reported instead of lost.
      const failure = internalError(String(error));
      if (message.type === 'trace') {
        post({
          type: 'trace-failed',
          requestId: message.requestId,
          stream: message.stream,
          error: failure,
        });
      } else {
        post({
          type: 'open-failed',
          failure: {
            fileName: message.name,
            error: failure,
            warnings: [],
            warningCounts: {},
            bytesRead: 0,
            frames: 0,
          },
        });
      }
    }
  };
}
