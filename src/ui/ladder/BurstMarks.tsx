/**
 * Bursts (layout's `segmentBursts`): each drawn as one translucent fan between its first and
 * last arrows, with one label for all its members. The members stay separate arrows underneath
 * (each selectable, each with its own label while selected, when the burst's label steps
 * aside).
 */
import { memo } from 'react';
import type { BurstGeometry, SegmentLabelText } from '../../layout/index.ts';
import './bursts.css';

export interface BurstMarksProps {
  bursts: readonly BurstGeometry[];
  labels: ReadonlyMap<number, SegmentLabelText>;
  /** Ids of the segments sent by the current step. */
  visible: ReadonlySet<number>;
  selectedId: number | null;
}

function BurstMarksImpl({ bursts, labels, visible, selectedId }: BurstMarksProps) {
  return (
    <g className="bursts" aria-hidden="true">
      {bursts.map((b) => {
        const first = b.ids[0];
        const last = b.ids.at(-1);
        if (first === undefined || last === undefined || !visible.has(first)) return null;
        const text = labels.get(first);
        const l = b.label;
        const showLabel =
          text !== undefined &&
          l.shown !== 'none' &&
          (selectedId === null || !b.ids.includes(selectedId));
        return (
          <g
            key={first}
            className={`burst from-${b.from}`}
            data-burst={first}
            data-count={b.ids.length}
          >
            {visible.has(last) && <polygon className="burst-fan" points={b.fan} />}
            {showLabel && (
              <g
                className="seg-label burst-label"
                transform={`translate(${l.x.toFixed(1)} ${l.y.toFixed(1)}) rotate(${l.angle.toFixed(2)})`}
              >
                <text className="seg-flags" y={l.flagsDy} textAnchor="middle">
                  {text.flags}
                </text>
                {l.detailDy !== null && (
                  <text className="seg-detail" y={l.detailDy} textAnchor="middle">
                    {text.detail}
                  </text>
                )}
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
}

export const BurstMarks = memo(BurstMarksImpl);
