/** Compressed stretches: hatched across the ladder and labelled with what was left out. */
import { memo } from 'react';
import type { BreakGeometry } from '../../layout/index.ts';
import { breakLabel, type Messages } from '../../i18n/index.ts';

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
