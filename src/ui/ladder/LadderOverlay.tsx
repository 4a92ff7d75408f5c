/**
 * The moving layer of the ladder, composited on top of the static drawing: the playhead, the
 * segments in flight, and each lane's current state band growing from the last step down to the
 * playhead. Only this layer is repainted while the clock runs.
 */
import { useMemo, useRef } from 'react';
import { useTransform, type MotionValue } from 'framer-motion';
import {
  type BandGeometry,
  type LadderGeometry,
  type SegmentTrack,
  statePhase,
} from '../../layout/index.ts';
import { useMotionAttributes } from '../run/index.ts';
import { FlightLine } from './FlightLine.tsx';
import { Playhead } from './Playhead.tsx';

function BandExtension({
  band,
  fromY,
  y,
}: {
  band: BandGeometry;
  fromY: number;
  y: MotionValue<number>;
}) {
  const height = useTransform(y, (v) => Math.max(0, Math.min(band.y1, v) - fromY));
  const ref = useRef<SVGRectElement>(null);
  useMotionAttributes(ref, { height });
  return (
    <g className={`band phase-${statePhase(band.state)}`}>
      <rect ref={ref} x={band.x} y={fromY} width={band.width} height={0} />
    </g>
  );
}

export interface LadderOverlayProps {
  geometry: LadderGeometry;
  /** Drawn this many times the layout's size, as the static layer is. */
  zoom: number;
  /** y of the last step: the static layer is drawn down to here. */
  limitY: number;
  /** y of the playhead, every frame. */
  y: MotionValue<number>;
  displayTime: MotionValue<number>;
  inFlight: readonly SegmentTrack[];
  selectedId: number | null;
}

export function LadderOverlay({
  geometry,
  zoom,
  limitY,
  y,
  displayTime,
  inFlight,
  selectedId,
}: LadderOverlayProps) {
  const arrowsById = useMemo(() => new Map(geometry.arrows.map((a) => [a.id, a])), [geometry]);
  const current = geometry.bands.filter((b) => b.y0 <= limitY && b.y1 > limitY);
  return (
    <svg
      className="ladder-overlay"
      width={geometry.width * zoom}
      height={geometry.height * zoom}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {current.map((band) => (
        <BandExtension key={`${band.endpoint}-${band.y0}`} band={band} fromY={limitY} y={y} />
      ))}
      {inFlight.map((track) => {
        const arrow = arrowsById.get(track.send.id);
        if (arrow === undefined) return null;
        return (
          <FlightLine
            key={track.send.id}
            arrow={arrow}
            d0={track.d0}
            dEnd={track.outcome === 'dropped' ? (track.dDrop ?? track.d1) : track.d1}
            selected={selectedId === track.send.id}
            displayTime={displayTime}
          />
        );
      })}
      <Playhead geometry={geometry} y={y} />
    </svg>
  );
}
