/**
 * Everything the views need from one trace, computed once when a trace is loaded.
 */
import type { Trace } from '../sim/index.ts';
import { relativeBases, type RelativeBases } from './numbers.ts';
import { buildSchedule, type Schedule } from './schedule.ts';
import { buildCheckpoints, timerSpans, type SceneCheckpoint, type TimerSpan } from './scene.ts';
import { runToEnd, type Sliced } from './sliced.ts';
import { buildTimelineInSlices, type SegmentTrack, type Timeline } from './timeline.ts';

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

/**
 * Trace events from which a page prepares a run (its model, its ladder) in slices: a run near
 * a link's budget (about 24,000 events) takes half a second to prepare in one go.
 */
const LONG_RUN_EVENTS = 4000;

/** Whether a run is long enough to be prepared in slices (`buildRunModelInSlices`). */
export function isLongRun(trace: Trace): boolean {
  return trace.events.length > LONG_RUN_EVENTS;
}

/** Prepares a trace for playback. */
export function buildRunModel(trace: Trace): RunModel {
  return runToEnd(buildRunModelInSlices(trace));
}

/** `buildRunModel` in slices (a pass over the trace each), with the same result. */
export function* buildRunModelInSlices(trace: Trace): Sliced<RunModel> {
  const timeline = yield* buildTimelineInSlices(trace);
  yield;
  const segmentsById = new Map(timeline.segments.map((s) => [s.send.id, s]));
  const segmentNumber = new Map(timeline.segments.map((s, i) => [s.send.id, i + 1]));
  const schedule = buildSchedule(timeline);
  yield;
  const checkpoints = buildCheckpoints(timeline);
  yield;
  return {
    trace,
    timeline,
    schedule,
    checkpoints,
    timerSpans: timerSpans(timeline),
    bases: relativeBases(trace),
    segmentsById,
    segmentNumber,
  };
}
