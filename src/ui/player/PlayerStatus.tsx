/** "Step 5 of 23" and the trace clock, which runs every frame without re-rendering React. */
import { useRef } from 'react';
import { useTransform } from 'framer-motion';
import { toTrace } from '../../layout/index.ts';
import { useDisplayTime, useMessages, useRun, useCursor, useMotionText } from '../run/index.ts';

export function PlayerStatus() {
  const t = useMessages();
  const run = useRun();
  const cursor = useCursor();
  const displayTime = useDisplayTime();
  const clock = useTransform(displayTime, (d) =>
    t.clock((Math.max(0, toTrace(run.timeline, d)) / 1000).toFixed(3)),
  );
  const clockRef = useRef<HTMLSpanElement>(null);
  useMotionText(clockRef, clock);
  return (
    <p className="player-status">
      <span className="step-count">{t.stepOf(cursor, run.schedule.count)}</span>
      <span ref={clockRef} className="clock" aria-hidden="true" />
    </p>
  );
}
