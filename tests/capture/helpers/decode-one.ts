/**
 * Reads one hand-made frame of a link type through the public API and returns its segment, or
 * the warning it raised.
 */
import {
  readCapture,
  type CapturedSegment,
  type CaptureWarning,
} from '../../../src/capture/index.ts';
import { pcapFile } from './files.ts';

export interface OneFrame {
  segment: CapturedSegment | null;
  warnings: CaptureWarning[];
}

export function decodeOne(linkType: number, frame: Uint8Array, originalLength?: number): OneFrame {
  const result = readCapture(
    pcapFile({
      linkType,
      packets: [{ data: frame, ...(originalLength !== undefined && { originalLength }) }],
    }),
  );
  if (result.ok) {
    return { segment: result.capture.segments[0] ?? null, warnings: result.capture.warnings };
  }
  return { segment: null, warnings: result.warnings };
}

/** The single warning's code and message detail (after "packet 1 at byte 24: "). */
export function onlyWarning(one: OneFrame): { code: string; detail: string } {
  const w = one.warnings[0];
  if (one.warnings.length !== 1 || w === undefined)
    throw new Error(`expected one warning, got ${one.warnings.length}`);
  return { code: w.code, detail: w.message.replace(/^packet 1 at byte 24: /, '') };
}
