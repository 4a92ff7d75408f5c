/** The words the ladder and the inspector use for a segment, in the chosen language and mode. */
import {
  segmentBursts,
  shownNumbers,
  type NumberMode,
  type RunModel,
  type SegmentLabelText,
  type SegmentTrack,
  type BreakGeometry,
} from '../layout/index.ts';
import type { Messages } from './index.ts';
import { flagsText } from '../sim/index.ts';

/** Status words for a segment: lost, retransmission, duplicate, delayed. */
export function segmentStatus(track: SegmentTrack, run: RunModel, t: Messages): string[] {
  const status: string[] = [];
  const s = track.send;
  if (track.outcome === 'dropped') status.push(t.statusLost);
  if (s.retransmission) {
    const original =
      s.retransmissionOf === undefined ? undefined : run.segmentNumber.get(s.retransmissionOf);
    status.push(original === undefined ? t.retransmission : t.statusRetransmissionOf(original));
  }
  if (s.forged === true) status.push(t.words.forged);
  if (s.duplicateOf !== undefined) {
    status.push(t.statusDuplicateOf(run.segmentNumber.get(s.duplicateOf) ?? s.duplicateOf));
  }
  if (s.extraDelayMs !== undefined && s.extraDelayMs > 0) {
    status.push(t.statusDelayed(t.duration(s.extraDelayMs)));
  }
  return status;
}

/** Label lines for every segment: flags (with tags) above the arrow, numbers below. */
export function segmentLabels(
  run: RunModel,
  t: Messages,
  mode: NumberMode,
  wide: boolean,
): Map<number, SegmentLabelText> {
  const labels = new Map<number, SegmentLabelText>();
  for (const track of run.timeline.segments) {
    const s = track.send;
    let flags = flagsText(s.flags);
    if (s.retransmission)
      flags = `${t.retransmissionShort} ${flags}${wide ? ` (${t.retransmission})` : ''}`;
    if (s.duplicateOf !== undefined) flags = `${flags} (${t.duplicate})`;
    if (s.forged === true) flags = `${flags} (${t.words.forged})`;
    if (s.spoofedAddress !== undefined) {
      const where = s.from === 'client' ? t.words.spoofedFrom : t.words.spoofedTo;
      flags = `${flags} ${where(s.spoofedAddress)}`;
    }
    if (wide && s.extraDelayMs !== undefined && s.extraDelayMs > 0) {
      flags = `${flags} ${t.delayed(t.duration(s.extraDelayMs))}`;
    }
    labels.set(s.id, { flags, detail: t.labelDetail(shownNumbers(s, mode, run.bases)) });
  }
  return labels;
}

/**
 * Each burst's one label (by its first member's id): its flags with the count, and each
 * number as the range from the first member to the last.
 */
export function burstLabels(
  run: RunModel,
  t: Messages,
  mode: NumberMode,
): Map<number, SegmentLabelText> {
  const out = new Map<number, SegmentLabelText>();
  for (const burst of segmentBursts(run.timeline)) {
    const first = run.segmentsById.get(burst.ids[0] ?? -1)?.send;
    const last = run.segmentsById.get(burst.ids.at(-1) ?? -1)?.send;
    if (first === undefined || last === undefined) continue;
    out.set(first.id, {
      flags: t.guide.burst.flags(flagsText(first.flags), burst.ids.length),
      detail: t.guide.burst.detail(
        shownNumbers(first, mode, run.bases),
        shownNumbers(last, mode, run.bases),
      ),
    });
  }
  return out;
}

/** The words on a compressed stretch: how long it lasted, and the timer that ended it. */
export function breakLabel(b: BreakGeometry, t: Messages): string {
  const gap = b.gap;
  if (gap.timer !== null && gap.idle) {
    const ms =
      gap.timer.name === 'time-wait' && gap.timer.durationMs !== null
        ? gap.timer.durationMs
        : gap.toT - gap.fromT;
    return t.gapTimer(gap.timer.name, t.duration(ms));
  }
  const d = t.duration(gap.toT - gap.fromT);
  return gap.idle ? t.gapIdle(d) : t.gapBusy(d);
}
