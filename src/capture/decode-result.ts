/**
 * What each protocol layer hands back when it cannot go on: the warning to raise and, for frames
 * that are simply not TCP, the protocol they carry (counted for the capture summary).
 */
import type { WarningCode } from './capture-errors.ts';

/** A frame (or layer) the importer does not turn into a TCP segment. */
export interface Skip {
  kind: 'skip';
  code: WarningCode;
  /** Readable detail, without the location prefix. */
  detail: string;
  /** The protocol found instead of TCP, e.g. "UDP" or "ARP", for the summary counts. */
  protocol: string;
}

/** Builds a Skip. */
export function skip(code: WarningCode, detail: string, protocol = 'malformed'): Skip {
  return { kind: 'skip', code, detail, protocol };
}

/** Reads a big-endian u16 at `offset` of a byte array whose bounds the caller has checked. */
export function u16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

/** Reads a big-endian u32 at `offset` of a byte array whose bounds the caller has checked. */
export function u32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] ?? 0) * 0x100_0000 +
      (((bytes[offset + 1] ?? 0) << 16) |
        ((bytes[offset + 2] ?? 0) << 8) |
        (bytes[offset + 3] ?? 0))) >>>
    0
  );
}

/** Hex with a 0x prefix and at least `width` digits, for messages. */
export function hex(n: number, width = 4): string {
  return `0x${n.toString(16).padStart(width, '0')}`;
}
