/**
 * One mark of the legend, drawn by the ladder's own components over layout's sample geometry
 * (`legendSamples`), so the legend shows exactly what the ladder draws.
 */
import { useId } from 'react';
import { useMotionValue } from 'framer-motion';
import type { LadderGeometry, LegendMark } from '../../layout/index.ts';
import { useMessages } from '../run/index.ts';
import { BurstMarks } from './BurstMarks.tsx';
import { FlightLine } from './FlightLine.tsx';
import { HatchPattern } from './HatchPattern.tsx';
import { Playhead } from './Playhead.tsx';
import { SegmentArrow } from './SegmentArrow.tsx';
import { StateBands } from './StateBands.tsx';
import { TimeBreaks } from './TimeBreaks.tsx';
import { TimerBars } from './TimerBars.tsx';

const ignore = (): void => undefined;
const noName = (): string => '';

export function LegendSample({ mark, geometry }: { mark: LegendMark; geometry: LadderGeometry }) {
  const t = useMessages();
  const hatchId = `legend-hatch-${useId().replace(/:/g, '')}`;
  const flightTime = useMotionValue(0.6);
  const playheadY = useMotionValue(geometry.height / 2);
  const flags = mark === 'retransmission' ? `${t.retransmissionShort} SYN` : 'SYN';
  const burst = geometry.bursts[0];
  const burstIds = new Set(burst?.ids ?? []);
  return (
    <svg
      className="ladder legend-sample"
      width={geometry.width}
      height={geometry.height}
      viewBox={`0 0 ${String(geometry.width)} ${String(geometry.height)}`}
      aria-hidden="true"
      focusable="false"
      style={{ fontSize: `${String(geometry.fontPx)}px` }}
    >
      <defs>
        <HatchPattern id={hatchId} />
      </defs>
      <TimeBreaks
        breaks={geometry.breaks}
        width={geometry.width}
        limitY={geometry.height}
        hatchId={hatchId}
        t={t}
      />
      <g className="lanes">
        {(['client', 'server'] as const).map((side) => (
          <line
            key={side}
            className="lane-line"
            x1={geometry.laneX[side]}
            x2={geometry.laneX[side]}
            y1={0}
            y2={geometry.height}
          />
        ))}
      </g>
      <StateBands bands={geometry.bands} limitY={geometry.height} />
      <TimerBars timers={geometry.timers} limitY={geometry.height} t={t} />
      {geometry.arrows.map((arrow) => {
        const edge =
          burst !== undefined && (burst.ids[0] === arrow.id || burst.ids.at(-1) === arrow.id);
        return (
          <SegmentArrow
            key={arrow.id}
            arrow={arrow}
            phase={mark === 'flight' ? 'flight' : 'done'}
            flags={mark === 'burst' ? '' : flags}
            detail=""
            nameOf={noName}
            lostText={t.lost}
            selected={false}
            related={false}
            current={false}
            retransmission={mark === 'retransmission'}
            burst={arrow.burst === null ? null : edge ? 'edge' : 'inner'}
            tabbable={false}
            fontPx={geometry.fontPx}
            onSelect={ignore}
            onKeyDown={ignore}
          />
        );
      })}
      {burst !== undefined && (
        <BurstMarks
          bursts={geometry.bursts}
          labels={
            new Map([
              [
                burst.ids[0] ?? 0,
                { flags: t.guide.burst.flags('ACK', burst.ids.length), detail: '' },
              ],
            ])
          }
          visible={burstIds}
          selectedId={null}
        />
      )}
      {mark === 'flight' &&
        geometry.arrows.map((arrow) => (
          <FlightLine
            key={arrow.id}
            arrow={arrow}
            d0={0}
            dEnd={1}
            selected={false}
            displayTime={flightTime}
          />
        ))}
      {mark === 'playhead' && <Playhead geometry={geometry} y={playheadY} />}
    </svg>
  );
}
