/** The state each endpoint is in, as bands along its lane, named where there is room. */
import { memo } from 'react';
import { type BandGeometry, statePhase } from '../../layout/index.ts';

/** Draws the bands that have begun by `limitY` (the last step), cut off there. */
function StateBandsImpl({ bands, limitY }: { bands: readonly BandGeometry[]; limitY: number }) {
  return (
    <g className="bands" aria-hidden="true">
      {bands
        .filter((b) => b.y0 <= limitY)
        .map((b) => (
          <g key={`${b.endpoint}-${b.y0}`} className={`band phase-${statePhase(b.state)}`}>
            <rect
              x={b.x}
              y={b.y0}
              width={b.width}
              height={Math.max(0, Math.min(b.y1, limitY) - b.y0)}
              rx={3}
            />
            {b.label !== null &&
              limitY - b.y0 >= b.label.extent &&
              (b.label.vertical ? (
                <text
                  className="band-label vertical"
                  transform={`translate(${b.label.x} ${b.label.y}) rotate(90)`}
                  dominantBaseline="central"
                >
                  {b.state}
                </text>
              ) : (
                <text
                  className="band-label"
                  x={b.label.x}
                  y={b.label.y}
                  textAnchor={b.label.anchor}
                >
                  {b.state}
                </text>
              ))}
          </g>
        ))}
    </g>
  );
}

export const StateBands = memo(StateBandsImpl);
