/**
 * One segment on the ladder: its arrow, its label, and a loss mark if the network lost it.
 * While it is in flight this draws only a faint path of where it is going; the moving part is
 * on the overlay layer (FlightLine), so the static drawing is never repainted per frame.
 */
import { memo, type KeyboardEvent } from 'react';
import type { ArrowGeometry } from '../../layout/index.ts';

export interface SegmentArrowProps {
  arrow: ArrowGeometry;
  /** Whether it is still travelling (its moving part is on the overlay) or done. */
  phase: 'flight' | 'done';
  flags: string;
  detail: string;
  /** Its accessible name in a phase (a stable function: names are worked out as arrows draw). */
  nameOf: (id: number, phase: 'flight' | 'done') => string;
  lostText: string;
  selected: boolean;
  /** Whether the current step sends, delivers or loses it. */
  current: boolean;
  related: boolean;
  retransmission: boolean;
  /** Its place in a burst: the fan's first or last arrow, one inside it, or none. */
  burst: 'edge' | 'inner' | null;
  tabbable: boolean;
  fontPx: number;
  onSelect: (id: number) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>, id: number) => void;
}

function SegmentArrowImpl(props: SegmentArrowProps) {
  const { arrow, phase, selected, related, fontPx } = props;
  const lost = arrow.outcome === 'dropped';
  const showEnd = phase === 'done';
  // A burst member has no label of its own but while selected (its burst's label steps aside).
  const label = selected && arrow.focusLabel !== null ? arrow.focusLabel : arrow.label;
  const s = fontPx * 0.55;
  const classes = [
    'segment',
    arrow.from === 'client' ? 'from-client' : 'from-server',
    lost ? 'is-lost' : '',
    props.retransmission ? 'is-retransmission' : '',
    props.burst === null ? '' : 'in-burst',
    props.burst === 'edge' ? 'burst-edge' : '',
    selected ? 'is-selected' : '',
    related ? 'is-related' : '',
    props.current ? 'is-current' : '',
    phase === 'flight' ? 'in-flight' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={classes}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.nameOf(arrow.id, phase)}
      aria-pressed={selected}
      data-segment={arrow.id}
      onClick={() => {
        props.onSelect(arrow.id);
      }}
      onFocus={() => {
        props.onSelect(arrow.id);
      }}
      onKeyDown={(e) => {
        props.onKeyDown(e, arrow.id);
      }}
    >
      <line className="seg-hit" x1={arrow.x0} y1={arrow.y0} x2={arrow.xEnd} y2={arrow.yEnd} />
      {showEnd ? (
        <>
          <line
            className={lost ? 'seg-line lost' : 'seg-line'}
            x1={arrow.x0}
            y1={arrow.y0}
            x2={arrow.xEnd}
            y2={arrow.yEnd}
          />
          {arrow.head !== null && <polygon className="seg-head" points={arrow.head} />}
        </>
      ) : (
        <line className="seg-ghost" x1={arrow.x0} y1={arrow.y0} x2={arrow.x1} y2={arrow.y1} />
      )}
      {label.shown !== 'none' && (
        <g
          className="seg-label"
          transform={`translate(${label.x.toFixed(1)} ${label.y.toFixed(1)}) rotate(${label.angle.toFixed(2)})`}
        >
          <text className="seg-flags" y={label.flagsDy} textAnchor="middle">
            {props.flags}
          </text>{' '}
          {label.detailDy !== null && (
            <text className="seg-detail" y={label.detailDy} textAnchor="middle">
              {props.detail}
            </text>
          )}
        </g>
      )}
      {/* After the label, so the visible text reads as the accessible name does. */}
      {showEnd && lost && ' '}
      {showEnd && lost && (
        <g className="drop-mark" transform={`translate(${arrow.xEnd} ${arrow.yEnd})`}>
          <path d={`M${-s},${-s}L${s},${s}M${s},${-s}L${-s},${s}`} />
          <text y={s + fontPx * 1.05} textAnchor="middle">
            {props.lostText}
          </text>
        </g>
      )}
    </g>
  );
}

export const SegmentArrow = memo(SegmentArrowImpl);
