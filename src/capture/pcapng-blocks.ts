/**
 * The bodies of the pcapng blocks that matter here (draft-ietf-opsawg-pcapng §4.2-4.4 and
 * Appendix A): interface description, enhanced packet, simple packet and obsolete packet blocks.
 * Offsets count from the start of the block, whose 8-byte type and length come first.
 */
import type { RawFrame } from './capture-sink.ts';
import type { WarningCode } from './capture-errors.ts';
import { readInterfaceOptions } from './pcapng-options.ts';
import { timeFromUnits, type TimestampResolution } from './timestamps.ts';
import type { WorkMeter } from './work-meter.ts';

/** Block types (§10.1). */
export const BLOCK = { idb: 1, opb: 2, spb: 3, epb: 6 } as const;

/** An interface as the packets of its section need it. */
export interface SectionInterface {
  /** Index into the capture's interface list. */
  index: number;
  linkType: number;
  snapLength: number;
  resolution: TimestampResolution;
  offsetSeconds: number;
  name: string | null;
}

/** A problem with one block. */
export interface BlockProblem {
  code: WarningCode;
  detail: string;
}

/** §4.2: link type (u16), reserved (u16), snap length (u32), then options. */
export function decodeInterfaceBlock(
  view: DataView,
  length: number,
  little: boolean,
  index: number,
  meter: WorkMeter,
): SectionInterface | BlockProblem {
  if (length < 20) {
    const detail = `interface description block of ${length} bytes (at least 20); skipped`;
    return { code: 'malformed-block', detail };
  }
  const options = readInterfaceOptions(view, 16, length - 4, little, meter);
  return {
    index,
    linkType: view.getUint16(8, little),
    snapLength: view.getUint32(12, little),
    resolution: options.resolution,
    offsetSeconds: options.offsetSeconds,
    name: options.name,
  };
}

/** A packet block's frame (without its file position) and any non-fatal problem. */
export interface PacketBlock {
  frame: Omit<RawFrame, 'offset' | 'block'>;
  problem: BlockProblem | null;
}

/**
 * EPB (§4.3): interface id (u32), timestamp high and low, captured and original lengths, data.
 * OPB (Appendix A): the same with a u16 interface id and a u16 drop count. SPB (§4.4): original
 * length then data; its captured length is implied by the snap length and the block length.
 */
export function decodePacketBlock(
  type: number,
  block: Uint8Array,
  view: DataView,
  little: boolean,
  interfaces: readonly SectionInterface[],
): PacketBlock | BlockProblem {
  const length = block.length;
  const minimum = type === BLOCK.spb ? 16 : 32;
  if (length < minimum) {
    return {
      code: 'malformed-block',
      detail: `packet block of ${length} bytes (at least ${minimum}); skipped`,
    };
  }
  const interfaceId =
    type === BLOCK.epb
      ? view.getUint32(8, little)
      : type === BLOCK.opb
        ? view.getUint16(8, little)
        : 0;
  const iface = interfaces[interfaceId];
  if (iface === undefined) {
    const detail = `packet on interface ${interfaceId}, but the section describes ${interfaces.length} interfaces; skipped`;
    return { code: 'unknown-interface', detail };
  }
  const snap = iface.snapLength > 0 ? iface.snapLength : Infinity;
  let start = 28;
  let captured: number;
  let original: number;
  if (type === BLOCK.spb) {
    original = view.getUint32(8, little);
    start = 12;
    captured = Math.min(original, length - 16, snap);
  } else {
    captured = view.getUint32(20, little);
    original = view.getUint32(24, little);
    if (captured > length - 32) {
      const detail = `captured length ${captured} does not fit in its ${length}-byte block; skipped`;
      return { code: 'malformed-block', detail };
    }
  }
  const time =
    type === BLOCK.spb
      ? null
      : timeFromUnits(
          view.getUint32(12, little),
          view.getUint32(16, little),
          iface.resolution,
          iface.offsetSeconds,
        );
  const problem: BlockProblem | null =
    captured > snap
      ? {
          code: 'snap-length-exceeded',
          detail: `captured length ${captured} exceeds the snap length ${iface.snapLength}`,
        }
      : null;
  return {
    frame: {
      interfaceIndex: iface.index,
      linkType: iface.linkType,
      data: block.subarray(start, start + captured),
      originalLength: original,
      time,
    },
    problem,
  };
}
