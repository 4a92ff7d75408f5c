/** Compressed stretches: hatched across the ladder and labelled with what was left out. */
import { memo } from 'react';
import { durationParts, type BreakGeometry } from '../../layout/index.ts';
import type { Messages } from '../../i18n/index.ts';

/** The words on a compressed stretch: how long it lasted, and the timer that ended it. */
export function breakLabel(b: BreakGeometry, t: Messages): string {
  const gap = b.gap;
  if (gap.timer !== null && gap.idle) {
    const ms =
      gap.timer.name === 'time-wait' && gap.timer.durationMs !== null
        ? gap.timer.durationMs
        : gap.toT - gap.fromT;
    return t.gapTimer(gap.timer.name, t.duration(durationParts(ms)));
  }
  const d = t.duration(durationParts(gap.toT - gap.fromT));
  return gap.idle ? t.gapIdle(d) : t.gapBusy(d);
}

/** Draws the compressed stretches the run has reached by `limitY` (the last step). */
function TimeBreaksImpl({
  breaks,
  width,
  limitY,
  hatchId,
  t,
}: {
  breaks: readonly BreakGeometry[];
  width: number;
  limitY: number;
  hatchId: string;
  t: Messages;
}) {
  return (
    <g className="breaks">
      {breaks
        .filter((b) => b.y0 <= limitY + 0.5)
        .map((b) => (
          <g key={b.y0} className="break">
            <rect x={0} y={b.y0} width={width} height={b.y1 - b.y0} fill={`url(#${hatchId})`} />
            <line className="break-edge" x1={0} x2={width} y1={b.y0} y2={b.y0} />
            <line className="break-edge" x1={0} x2={width} y1={b.y1} y2={b.y1} />
            <text
              className="break-label"
              x={b.labelX}
              y={b.labelY}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {breakLabel(b, t)}
            </text>
          </g>
        ))}
    </g>
  );
}

export const TimeBreaks = memo(TimeBreaksImpl);
