/**
 * The incremental reader: feed a capture in chunks of any size (a worker reading a 2 GB file
 * slice by slice), get progress as it goes, and a typed result at the end. Memory holds the
 * decoded TCP segments and at most one partial record, never the whole file.
 */
import { ByteQueue } from './byte-queue.ts';
import { makeError, type CaptureError } from './capture-errors.ts';
import { CaptureSink } from './capture-sink.ts';
import { detectFormat } from './file-format.ts';
import type { FormatParser } from './format-parser.ts';
import { PcapParser } from './pcap.ts';
import { PcapngParser } from './pcapng.ts';
import { buildResult } from './capture-result.ts';
import type { CaptureResult, ReadOptions, ReadProgress } from './types.ts';
import { WorkMeter } from './work-meter.ts';

/** Whether the reader wants more input. */
export type PushStatus = 'more' | 'done';

/** An incremental capture reader (see createCaptureReader). */
export interface CaptureReader {
  /**
   * Adds the next chunk of the file and reads every whole record in it. The reader keeps a
   * reference to the chunk until it is consumed. 'done' means reading has ended (fatal error or
   * a stop warning): further chunks are ignored and the caller can stop reading the file.
   */
  push(chunk: Uint8Array): PushStatus;
  /** Ends the input and returns the result. Calling it again returns the same result. */
  finish(): CaptureResult;
  /**
   * Ends the read with an error from outside it (the file could not be read on): the result
   * keeps what was read until then, its warnings and their true counts.
   */
  fail(error: CaptureError): CaptureResult;
  /** Bytes consumed so far, frames and segments. */
  progress(): ReadProgress;
}

/** Creates an incremental reader. Nothing it does throws. */
export function createCaptureReader(options: ReadOptions = {}): CaptureReader {
  const queue = new ByteQueue();
  const meter = new WorkMeter();
  const sink = new CaptureSink(meter, options);
  let parser: FormatParser | null = null;
  let fatal: CaptureError | null = null;
  let ended = false;
  let result: CaptureResult | null = null;

  const done = (): boolean =>
    ended || fatal !== null || sink.stopped || (parser !== null && parser.fatal !== null);

  const advance = (): void => {
    if (parser === null) {
      const first = queue.peek(4);
      if (first === undefined) return;
      const format = detectFormat(first);
      if (typeof format !== 'string') {
        fatal = format;
        return;
      }
      parser = format === 'pcap' ? new PcapParser() : new PcapngParser();
    }
    parser.parse(queue, sink, meter);
  };

  const guarded = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      // Every read is bounds-checked; reaching here is a bug, reported rather than thrown.
      fatal = makeError(
        'internal-error',
        { offset: queue.offset },
        `reader failure: ${String(error)}`,
      );
    }
  };

  return {
    push(chunk) {
      if (done()) return 'done';
      meter.allowBytes(chunk.length);
      queue.push(chunk);
      guarded(advance);
      if (done()) queue.clear();
      sink.reportProgress(queue.offset, true);
      return done() ? 'done' : 'more';
    },
    finish() {
      if (result !== null) return result;
      ended = true;
      guarded(() => {
        if (fatal === null && parser === null) {
          const detail =
            queue.length === 0
              ? 'the file is empty'
              : `the file is only ${queue.length} bytes long, too short for any capture header`;
          fatal = makeError(
            queue.length === 0 ? 'empty-file' : 'truncated-file-header',
            { offset: 0 },
            detail,
          );
        }
        if (fatal === null && parser !== null && parser.fatal === null && !sink.stopped) {
          parser.finish(queue, sink);
        }
      });
      sink.reportProgress(queue.offset + queue.length, true);
      result = buildResult(
        parser,
        fatal ?? parser?.fatal ?? null,
        sink,
        meter,
        queue.offset + queue.length,
      );
      queue.clear();
      return result;
    },
    fail(error) {
      if (result !== null) return result;
      ended = true;
      result = buildResult(parser, error, sink, meter, queue.offset + queue.length);
      queue.clear();
      return result;
    },
    progress() {
      return sink.progress(queue.offset);
    },
  };
}

/** Reads a whole capture held in memory. The bytes are viewed, never copied. */
export function readCapture(bytes: Uint8Array, options: ReadOptions = {}): CaptureResult {
  const reader = createCaptureReader({ totalBytes: bytes.length, ...options });
  reader.push(bytes);
  return reader.finish();
}

/**
 * Reads a capture from a stream of chunks (a Node read stream, or `file.stream()` in a
 * browser), stopping early when the reader is done.
 */
export async function readCaptureStream(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): Promise<CaptureResult> {
  const reader = createCaptureReader(options);
  let received = 0;
  try {
    for await (const chunk of chunks) {
      received += chunk.length;
      if (reader.push(chunk) === 'done') break;
    }
  } catch (error) {
    const detail = `reading the file failed: ${String(error)}`;
    return reader.fail(makeError('read-failed', { offset: received }, detail));
  }
  return reader.finish();
}
