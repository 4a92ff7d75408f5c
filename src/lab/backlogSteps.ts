/**
 * The listener's SYN queue at each player cursor. A backlog change is not a step of its own: it
 * rides along with the step before it, as timer starts do.
 */
import type { Timeline } from '../layout/index.ts';
import type { BacklogEvent } from '../sim/index.ts';

/** For cursors 0..steps: the queue as the last backlog change up to that cursor left it. */
export function backlogByCursor(timeline: Timeline): (BacklogEvent | null)[] {
  const { steps, trace } = timeline;
  const out: (BacklogEvent | null)[] = [];
  let current: BacklogEvent | null = null;
  let next = 0;
  for (let c = 0; c <= steps.length; c++) {
    // Everything before the next step's event belongs to cursor c.
    const end = steps[c]?.eventIndex ?? trace.events.length;
    for (; next < end; next++) {
      const e = trace.events[next];
      if (e?.type === 'backlog') current = e;
    }
    out.push(current);
  }
  return out;
}
