/**
 * Turns what a read collected into the public result, deciding the last fatal cases: a file with
 * no readable packet, or with packets but no TCP at all.
 */
import { formatCount, makeError, type CaptureError } from './capture-errors.ts';
import type { CaptureSink } from './capture-sink.ts';
import type { FormatParser } from './format-parser.ts';
import type { CaptureResult, ReadStats } from './types.ts';
import type { WorkMeter } from './work-meter.ts';

/** "UDP 9, ARP 3", most frequent first. */
function describeSkipped(skipped: Record<string, number>): string {
  return Object.entries(skipped)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([protocol, count]) => `${protocol} ${formatCount(count)}`)
    .join(', ');
}

/** Builds the result of a finished read. */
export function buildResult(
  parser: FormatParser | null,
  fatal: CaptureError | null,
  sink: CaptureSink,
  meter: WorkMeter,
  bytesRead: number,
): CaptureResult {
  const stats: ReadStats = { ...sink.progress(bytesRead), steps: meter.steps };
  const { warnings, warningCounts } = sink;
  // A failed read keeps its true counts: the listed warnings are only the first of each code.
  const fail = (error: CaptureError): CaptureResult => ({
    ok: false,
    error,
    warnings,
    warningCounts: { ...warningCounts },
    stats,
  });
  if (fatal !== null) return fail(fatal);
  if (parser === null) {
    return fail(makeError('internal-error', { offset: 0 }, 'no reader was chosen'));
  }
  const stop = warnings.find((w) => w.stopped);
  if (sink.frames === 0) {
    const detail =
      stop !== undefined
        ? `no packet could be read (${stop.message})`
        : 'the capture holds no packets';
    return fail(makeError('no-packets', { offset: stop?.offset ?? bytesRead }, detail));
  }
  if (sink.segments.length === 0) {
    const which =
      sink.frames === 1
        ? 'the capture has one packet and it is not TCP'
        : `none of the ${formatCount(sink.frames)} packets in this capture is TCP`;
    const detail = `${which} (${describeSkipped(sink.skipped)}): there is no TCP conversation to show`;
    return fail({ code: 'no-tcp', offset: 0, message: detail });
  }
  return {
    ok: true,
    capture: {
      format: parser.format,
      interfaces: parser.interfaces,
      frames: sink.frames,
      firstTime: sink.firstTime,
      segments: sink.segments,
      conversations: sink.tracker.conversations,
      skipped: sink.skipped,
      warnings,
      warningCounts: sink.warningCounts,
      complete: stop === undefined,
      stats,
    },
  };
}
