/** The "now" line across the ladder, moved every frame by a motion value. */
import { useRef } from 'react';
import { useTransform, type MotionValue } from 'framer-motion';
import type { LadderGeometry } from '../../layout/index.ts';
import { useMotionAttributes } from '../run/index.ts';

export function Playhead({ geometry, y }: { geometry: LadderGeometry; y: MotionValue<number> }) {
  const transform = useTransform(y, (v) => `translate(0 ${v.toFixed(1)})`);
  const ref = useRef<SVGGElement>(null);
  useMotionAttributes(ref, { transform });
  return (
    <g ref={ref} className="playhead" aria-hidden="true">
      <line x1={0} x2={geometry.width} y1={0} y2={0} />
      <circle cx={geometry.laneX.client} cy={0} r={4.5} />
      <circle cx={geometry.laneX.server} cy={0} r={4.5} />
    </g>
  );
}
