/** A running timer and the time it has left, counting down every frame. */
import { useRef } from 'react';
import { useTransform } from 'framer-motion';
import { toTrace, type RunningTimer } from '../../layout/index.ts';
import { useDisplayTime, useMessages, useRun, useMotionText } from '../run/index.ts';

export function TimerCountdown({ timer }: { timer: RunningTimer }) {
  const t = useMessages();
  const run = useRun();
  const displayTime = useDisplayTime();
  const name = t.timerName[timer.timer];
  const text = useTransform(displayTime, (d) => {
    if (timer.expiresAt === null) return name;
    const left = Math.max(0, timer.expiresAt - toTrace(run.timeline, d));
    return t.timerLeft(name, t.duration(left));
  });
  const textRef = useRef<HTMLSpanElement>(null);
  useMotionText(textRef, text);
  return (
    <li className={`timer timer-${timer.timer}`}>
      <svg className="timer-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 9V6M6.5 2h3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span ref={textRef} />
    </li>
  );
}
