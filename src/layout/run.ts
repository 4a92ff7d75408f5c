/**
 * Everything the views need from one trace, computed once when a trace is loaded.
 */
import type { Trace } from '../sim/index.ts';
import { relativeBases, type RelativeBases } from './numbers.ts';
import { buildSchedule, type Schedule } from './schedule.ts';
import { buildCheckpoints, timerSpans, type SceneCheckpoint, type TimerSpan } from './scene.ts';
import { buildTimeline, type SegmentTrack, type Timeline } from './timeline.ts';

/** A trace prepared for playback. */
export interface RunModel {
  trace: Trace;
  timeline: Timeline;
  schedule: Schedule;
  checkpoints: SceneCheckpoint[];
  timerSpans: TimerSpan[];
  bases: RelativeBases;
  /** Segment tracks by send id. */
  segmentsById: ReadonlyMap<number, SegmentTrack>;
  /** Segment number (1-based, in send order) by send id, as the UI names segments. */
  segmentNumber: ReadonlyMap<number, number>;
}

/** Prepares a trace for playback. */
export function buildRunModel(trace: Trace): RunModel {
  const timeline = buildTimeline(trace);
  const segmentsById = new Map(timeline.segments.map((s) => [s.send.id, s]));
  const segmentNumber = new Map(timeline.segments.map((s, i) => [s.send.id, i + 1]));
  return {
    trace,
    timeline,
    schedule: buildSchedule(timeline),
    checkpoints: buildCheckpoints(timeline),
    timerSpans: timerSpans(timeline),
    bases: relativeBases(trace),
    segmentsById,
    segmentNumber,
  };
}
