/**
 * Where "now" is in a lab run, and when an action taken now happens.
 *
 * The player's position is a moment in trace time: everything at or before it has happened. An
 * application call taken at a moment M happens at M itself when nothing but calls has happened
 * at M (the simulator runs calls first at an instant, so it then follows them), and one
 * millisecond later otherwise (so it cannot overtake a segment that arrived at M). Nothing but
 * losses (mid-flight, at fractional times) can happen in between, so the call meets exactly the
 * state shown at M.
 */
import { cursorAt, displayTimeAt, toTrace, type RunModel, type Timeline } from '../layout/index.ts';
import type { EndpointId, SendEvent, Trace } from '../sim/index.ts';
import { FROM_THE_START } from './labSession.ts';

/** The moment of a cursor: the time of its step, or before everything at cursor 0. */
export function momentOfCursor(timeline: Timeline, cursor: number): number {
  if (cursor <= 0) return FROM_THE_START;
  return timeline.steps[cursor - 1]?.t ?? FROM_THE_START;
}

/**
 * The moment at a player position: between two steps, the trace time the playhead shows
 * (whole milliseconds), never before the step just passed nor at the next one.
 */
export function momentAtPosition(run: RunModel, position: number): number {
  const cursor = cursorAt(run.schedule, position);
  const atStep = momentOfCursor(run.timeline, cursor);
  const next = run.timeline.steps[cursor]?.t;
  const shown = Math.floor(toTrace(run.timeline, displayTimeAt(run.schedule, position)));
  if (cursor === 0 && shown <= 0) return atStep;
  if (shown <= atStep || (next !== undefined && shown >= next)) return atStep;
  return shown;
}

/** Whether anything but an application call (an arrival, a loss, a timer) happened at t. */
function nonCallAt(trace: Trace, t: number): boolean {
  return trace.events.some(
    (e) =>
      e.t === t &&
      (e.type === 'deliver' || e.type === 'drop' || (e.type === 'timer' && e.action === 'expire')),
  );
}

/** When an application call taken at a moment happens (whole milliseconds, as files hold them). */
export function actionTime(trace: Trace, moment: number): number {
  if (moment < 0) return 0;
  if (Number.isInteger(moment) && !nonCallAt(trace, moment)) return moment;
  return Math.floor(moment) + 1;
}

/**
 * The index (as the scenario format counts an endpoint's transmissions, from 1) of the next
 * segment `from` sends after a moment. A network duplicate shares its original's index.
 */
export function nextIndex(trace: Trace, from: EndpointId, moment: number): number {
  let last = 0;
  for (const e of trace.events) {
    if (e.type !== 'send' || e.from !== from || e.t > moment) continue;
    last = Math.max(last, indexOf(e, last));
  }
  return last + 1;
}

function indexOf(send: SendEvent, previous: number): number {
  return send.index ?? (send.duplicateOf === undefined ? previous + 1 : previous);
}

/** The cursor that shows everything up to and including a moment: the end of that instant. */
export function cursorThrough(timeline: Timeline, moment: number): number {
  let c = 0;
  for (const s of timeline.steps) {
    if (s.t > moment) break;
    c = s.n;
  }
  return c;
}
