/**
 * pcapng options (pcapng spec §3.5): a list of (code u16, length u16, value padded to 32 bits),
 * ended by opt_endofopt (code 0) or by the end of the block. Only the interface options the
 * importer needs are read: if_name (2), if_tsresol (9), if_tsoffset (14).
 */
import { MICROSECONDS, resolutionFromByte, type TimestampResolution } from './timestamps.ts';
import type { WorkMeter } from './work-meter.ts';

/** What an interface description block's options say. */
export interface InterfaceOptions {
  name: string | null;
  resolution: TimestampResolution;
  /** if_tsoffset: seconds to add to every timestamp of the interface. */
  offsetSeconds: number;
}

const IF_NAME = 2;
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Reads the options in view bytes [start, end), in the section's byte order. */
export function readInterfaceOptions(
  view: DataView,
  start: number,
  end: number,
  little: boolean,
  meter: WorkMeter,
): InterfaceOptions {
  const result: InterfaceOptions = { name: null, resolution: MICROSECONDS, offsetSeconds: 0 };
  let at = start;
  while (at + 4 <= end && meter.tick()) {
    const code = view.getUint16(at, little);
    const length = view.getUint16(at + 2, little);
    const value = at + 4;
    if (code === 0 || value + length > end) break;
    if (code === IF_NAME) {
      // A copy: TextDecoder refuses views of shared memory.
      const bytes = new Uint8Array(view.buffer, view.byteOffset + value, length).slice();
      result.name = utf8.decode(bytes).replace(/\0+$/, '');
    } else if (code === IF_TSRESOL && length >= 1) {
      result.resolution = resolutionFromByte(view.getUint8(value));
    } else if (code === IF_TSOFFSET && length >= 8) {
      result.offsetSeconds = Number(view.getBigInt64(value, little));
    }
    at = value + Math.ceil(length / 4) * 4;
  }
  return result;
}
