/**
 * A segment in flight on the overlay layer: a short comet (head and tail) travelling along the
 * segment's faint path, at the playhead. Driven by the playhead's motion value; React does not
 * re-render it per frame, and only the comet's small area is repainted.
 */
import { memo, useRef } from 'react';
import { useTransform, type MotionValue } from 'framer-motion';
import { flightPosition, type ArrowGeometry } from '../../layout/index.ts';
import { useMotionAttributes } from '../run/index.ts';

/** Length of the comet's tail, in px. */
const TAIL_PX = 44;

export interface FlightLineProps {
  arrow: ArrowGeometry;
  /** Display times of the start and the end of its drawn flight (arrival or loss mark). */
  d0: number;
  dEnd: number;
  selected: boolean;
  displayTime: MotionValue<number>;
}

function FlightLineImpl({ arrow, d0, dEnd, selected, displayTime }: FlightLineProps) {
  const dx = arrow.xEnd - arrow.x0;
  const dy = arrow.yEnd - arrow.y0;
  const tail = Math.min(1, TAIL_PX / (Math.hypot(dx, dy) || 1));
  const f = useTransform(displayTime, (d) => flightPosition(d0, dEnd, d));
  const x = useTransform(f, (v) => arrow.x0 + dx * v);
  const y = useTransform(f, (v) => arrow.y0 + dy * v);
  const tx = useTransform(f, (v) => arrow.x0 + dx * Math.max(0, v - tail));
  const ty = useTransform(f, (v) => arrow.y0 + dy * Math.max(0, v - tail));
  const lineRef = useRef<SVGLineElement>(null);
  const dotRef = useRef<SVGCircleElement>(null);
  useMotionAttributes(lineRef, { x1: tx, y1: ty, x2: x, y2: y });
  useMotionAttributes(dotRef, { cx: x, cy: y });
  const classes = [
    'flight',
    arrow.from === 'client' ? 'from-client' : 'from-server',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g className={classes} data-flight={arrow.id}>
      <line
        ref={lineRef}
        className="seg-line comet"
        x1={arrow.x0}
        y1={arrow.y0}
        x2={arrow.x0}
        y2={arrow.y0}
      />
      <circle ref={dotRef} className="seg-head-dot" cx={arrow.x0} cy={arrow.y0} r={5} />
    </g>
  );
}

export const FlightLine = memo(FlightLineImpl);
