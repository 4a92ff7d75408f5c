/** Each timer as a thin bar beside its lane, from start to stop or expiry. */
import { memo } from 'react';
import type { TimerBarGeometry } from '../../layout/index.ts';
import type { Messages } from '../../i18n/index.ts';

/** Draws the timers started by `limitY` (the last step), cut off there. */
function TimerBarsImpl({
  timers,
  limitY,
  t,
}: {
  timers: readonly TimerBarGeometry[];
  limitY: number;
  t: Messages;
}) {
  return (
    <g className="timers" aria-hidden="true">
      {timers
        .filter((b) => b.y0 <= limitY)
        .map((b) => (
          <g
            key={`${b.span.endpoint}-${b.span.timer}-${String(b.y0)}-${String(b.y1)}`}
            className={`timer-bar timer-${b.span.timer} end-${b.span.end}`}
          >
            <title>{t.timerName[b.span.timer]}</title>
            <line x1={b.x} x2={b.x} y1={b.y0} y2={Math.min(b.y1, limitY)} />
            <circle cx={b.x} cy={b.y0} r={2.5} />
            {b.span.end === 'expire' && b.y1 <= limitY && <path d={`M${b.x - 4},${b.y1}h8`} />}
          </g>
        ))}
    </g>
  );
}

export const TimerBars = memo(TimerBarsImpl);
