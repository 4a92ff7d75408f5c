/**
 * What the incremental reader needs from a container format (pcap.ts, pcapng.ts): take whole
 * records off the byte queue as they become available, and account for what is left at the end.
 */
import type { ByteQueue } from './byte-queue.ts';
import type { CaptureError } from './capture-errors.ts';
import type { CaptureSink } from './capture-sink.ts';
import type { CaptureFormat, CaptureInterface } from './types.ts';
import type { WorkMeter } from './work-meter.ts';

/** No link layer has frames this large; a bigger length field means the framing is corrupt. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** An incremental reader of one container format. */
export interface FormatParser {
  readonly format: CaptureFormat;
  readonly interfaces: CaptureInterface[];
  /** Set when the file header itself is unusable: nothing can be read. */
  readonly fatal: CaptureError | null;
  /** Consumes every whole record queued; false once reading cannot go on. */
  parse(queue: ByteQueue, sink: CaptureSink, meter: WorkMeter): boolean;
  /** The input has ended: report whatever is left in the queue. */
  finish(queue: ByteQueue, sink: CaptureSink): void;
}

/** A DataView over exactly the bytes of `bytes`. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
