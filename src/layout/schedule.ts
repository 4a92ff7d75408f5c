/**
 * The playback schedule: how a run unfolds in (unscaled) wall-clock milliseconds.
 *
 * The player moves a single number, the position. Each step holds still for a short dwell so
 * its narration can be read, then display time runs to the next step at a rate chosen so a
 * typical flight takes `flightWallMs`. Speed multiplies the position's advance; stepping,
 * scrubbing and share links are all positions, so they use one mechanism and step back is exact.
 */
import type { StepEvent, Timeline } from './timeline.ts';

/** Wall-clock pacing at 1x. */
export interface ScheduleOptions {
  /** A typical one-way flight takes this long on screen. */
  flightWallMs: number;
  /** Pause at each kind of step, so its narration can be read. */
  dwellMs: Record<StepEvent['type'], number>;
  /** Pause at step 0, before anything happens. */
  startDwellMs: number;
}

/** Default pacing: a flight in 1.6 s, a state change held 1.1 s. */
export const DEFAULT_SCHEDULE_OPTIONS: ScheduleOptions = {
  flightWallMs: 1600,
  dwellMs: {
    send: 800,
    deliver: 650,
    drop: 1100,
    state: 1100,
    timer: 1100,
    call: 800,
    notice: 900,
  },
  startDwellMs: 400,
};

/** Positions of every step, computed once per trace. */
export interface Schedule {
  /** Number of steps; cursors run 0..count. */
  count: number;
  /** Position at which step c is reached (c = 0..count); strictly increasing. */
  starts: number[];
  /** Position at which step c's dwell ends and time starts to run again. */
  dwellEnds: number[];
  /** Display time of step c (step 0 is at display time 0). */
  d: number[];
  /** Display milliseconds per wall millisecond at 1x. */
  rate: number;
  /** Position of the end of the run. */
  total: number;
}

/** Builds the playback schedule of a timeline. */
export function buildSchedule(
  timeline: Timeline,
  options: ScheduleOptions = DEFAULT_SCHEDULE_OPTIONS,
): Schedule {
  const rate = timeline.flightMs / options.flightWallMs;
  const starts = [0];
  const dwellEnds = [options.startDwellMs];
  const d = [Math.min(0, timeline.steps[0]?.d ?? 0)];
  let p = options.startDwellMs;
  let prevD = d[0] ?? 0;
  for (const step of timeline.steps) {
    p += (step.d - prevD) / rate;
    starts.push(p);
    p += options.dwellMs[step.event.type];
    dwellEnds.push(p);
    d.push(step.d);
    prevD = step.d;
  }
  return { count: timeline.steps.length, starts, dwellEnds, d, rate, total: p };
}

/** The step reached at a position: the largest c with starts[c] <= p. */
export function cursorAt(schedule: Schedule, p: number): number {
  const { starts } = schedule;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Display time at a position: held during a dwell, running between steps. */
export function displayTimeAt(schedule: Schedule, p: number): number {
  const c = cursorAt(schedule, p);
  const dc = schedule.d[c] ?? 0;
  const dwellEnd = schedule.dwellEnds[c] ?? 0;
  if (p <= dwellEnd) return dc;
  const next = schedule.d[c + 1];
  const running = dc + (p - dwellEnd) * schedule.rate;
  return next === undefined ? dc : Math.min(next, running);
}

/** The position of step c, clamped to the run. */
export function positionOfStep(schedule: Schedule, c: number): number {
  const clamped = Math.min(Math.max(0, Math.round(c)), schedule.count);
  return schedule.starts[clamped] ?? 0;
}

/** Position after stepping forward: the next step. */
export function stepForwardFrom(schedule: Schedule, p: number): number {
  return positionOfStep(schedule, cursorAt(schedule, p) + 1);
}

/**
 * Position after stepping back. Between steps (time running) it returns to the step just
 * passed; at a step it goes to the one before.
 */
export function stepBackFrom(schedule: Schedule, p: number): number {
  const c = cursorAt(schedule, p);
  const dwellEnd = schedule.dwellEnds[c] ?? 0;
  if (p > dwellEnd && c < schedule.count) return positionOfStep(schedule, c);
  return positionOfStep(schedule, c - 1);
}

/** Clamps a position to the run. */
export function clampPosition(schedule: Schedule, p: number): number {
  return Math.min(Math.max(0, p), schedule.total);
}
