/**
 * A value that sliced work computes (src/layout/sliced.ts): in one go during render when the
 * work is small, so small runs draw at once as they always did; otherwise a slice per task after
 * the page has painted, so a long run's preparation never holds the page (no task over 200 ms).
 */
import { useEffect, useMemo, useState } from 'react';
// Only the type: the kit is in chunks (a worker's, the link runner's) that need no layout code.
import type { Sliced } from '../../layout/index.ts';
import { nextTask } from './nextTask.ts';

/**
 * The result of `work` (a new function when its inputs change), or null until the first result
 * of work done in slices. A result for the same `subject` (the run laid out) stays on screen
 * while newer work for it runs (a new width), not once the subject changes.
 */
export function useSliced<T>(work: () => Sliced<T>, inSlices: boolean, subject: unknown): T | null {
  const atOnce = useMemo(() => {
    if (inSlices) return null;
    const slices = work();
    for (;;) {
      const next = slices.next();
      if (next.done === true) return next.value;
    }
  }, [work, inSlices]);
  const [done, setDone] = useState<{
    work: () => Sliced<T>;
    subject: unknown;
    value: T;
  } | null>(null);
  useEffect(() => {
    if (!inSlices) return undefined;
    let live = true;
    const slices = work();
    const step = async (): Promise<void> => {
      for (;;) {
        await nextTask();
        if (!live) return;
        const next = slices.next();
        if (next.done === true) {
          setDone({ work, subject, value: next.value });
          return;
        }
      }
    };
    void step();
    return () => {
      live = false;
    };
  }, [work, inSlices, subject]);
  if (!inSlices) return atOnce;
  if (done === null) return null;
  return done.work === work || done.subject === subject ? done.value : null;
}
