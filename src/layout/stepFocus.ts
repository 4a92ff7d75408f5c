/**
 * What a step is about on the ladder, so a view can keep it in sight: the segment it sends,
 * delivers or loses (if any), and the vertical stretch of the drawing that shows it.
 */
import { boundsOf } from './geometry.ts';
import { yOfDisplay, type LadderGeometry } from './ladder.ts';
import type { Timeline } from './timeline.ts';

/** The send id of the segment step `cursor` sends, delivers or loses; null for other steps. */
export function stepSegmentId(timeline: Timeline, cursor: number): number | null {
  const event = timeline.steps[cursor - 1]?.event;
  if (event === undefined) return null;
  return event.type === 'send' || event.type === 'deliver' || event.type === 'drop'
    ? event.id
    : null;
}

/**
 * The top and bottom (in the drawing's pixels) of what step `cursor` shows: the step's moment,
 * and the whole of its segment's arrow and label when it has one.
 */
export function stepExtent(
  geometry: LadderGeometry,
  timeline: Timeline,
  cursor: number,
  stepD: number,
): { y0: number; y1: number } {
  const y = yOfDisplay(geometry, stepD);
  const id = stepSegmentId(timeline, cursor);
  const arrow = id === null ? undefined : geometry.arrows.find((a) => a.id === id);
  if (arrow === undefined) return { y0: y - geometry.fontPx, y1: y + geometry.fontPx };
  const label = boundsOf(arrow.label.rect);
  return {
    y0: Math.min(y, arrow.y0, arrow.y1, label.y0),
    y1: Math.max(y, arrow.y0, arrow.y1, label.y1),
  };
}
