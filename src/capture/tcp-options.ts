/**
 * TCP options (RFC 9293 §3.2): kind 0 ends the list, kind 1 is padding, every other option is
 * kind, length (counting both bytes), data. Decoded: MSS (kind 2, RFC 9293 §3.7.1), window scale
 * (3, RFC 7323 §2), SACK-permitted (4) and SACK blocks (5, RFC 2018), timestamps (8, RFC 7323 §3).
 */
import type { SegmentOptions } from '../sim/index.ts';
import type { WorkMeter } from './work-meter.ts';
import { u16, u32 } from './decode-result.ts';

/** An option the importer does not interpret, kept as what it was on the wire. */
export interface TcpOtherOption {
  kind: number;
  /** The option's length byte (total bytes, kind and length included). */
  length: number;
}

/** Everything read from an options area. */
export interface DecodedTcpOptions {
  options: SegmentOptions;
  other: TcpOtherOption[];
  /** Why decoding stopped early (a bad length byte), or null when the list was well formed. */
  malformed: string | null;
}

const MSS = 2;
const WINDOW_SCALE = 3;
const SACK_PERMITTED = 4;
const SACK = 5;
const TIMESTAMPS = 8;

/** Decodes the options in bytes [start, end). `end` may be a snap-length cut: see tcp-header.ts. */
export function decodeTcpOptions(
  bytes: Uint8Array,
  start: number,
  end: number,
  meter: WorkMeter,
): DecodedTcpOptions {
  const options: SegmentOptions = {};
  const other: TcpOtherOption[] = [];
  let at = start;
  while (at < end && meter.tick()) {
    const kind = bytes[at] ?? 0;
    if (kind === 0) break;
    if (kind === 1) {
      at += 1;
      continue;
    }
    if (at + 2 > end) return { options, other, malformed: `option ${kind} has no length byte` };
    const length = bytes[at + 1] ?? 0;
    if (length < 2) return { options, other, malformed: `option ${kind} has length ${length}` };
    if (at + length > end) {
      return {
        options,
        other,
        malformed: `option ${kind} (length ${length}) runs past the header`,
      };
    }
    if (kind === MSS && length === 4) {
      options.mss = u16(bytes, at + 2);
    } else if (kind === WINDOW_SCALE && length === 3) {
      options.windowScale = bytes[at + 2] ?? 0;
    } else if (kind === SACK_PERMITTED && length === 2) {
      options.sackPermitted = true;
    } else if (kind === SACK && length >= 10 && (length - 2) % 8 === 0) {
      const blocks: [number, number][] = [];
      for (let b = at + 2; b < at + length && meter.tick(); b += 8) {
        blocks.push([u32(bytes, b), u32(bytes, b + 4)]);
      }
      options.sack = blocks;
    } else if (kind === TIMESTAMPS && length === 10) {
      options.timestamps = { value: u32(bytes, at + 2), echoReply: u32(bytes, at + 6) };
    } else {
      other.push({ kind, length });
    }
    at += length;
  }
  return { options, other, malformed: null };
}
