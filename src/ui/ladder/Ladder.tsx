/**
 * The time-space diagram: a static SVG (lanes, state bands and timers up to the last step, every
 * segment sent so far, compressed stretches) under a composited overlay SVG for what moves every
 * frame (playhead, segments in flight).
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTransform } from 'framer-motion';
import {
  stepSegmentId,
  yOfDisplay,
  type LadderGeometry,
  type SegmentLabelText,
} from '../../layout/index.ts';
import { useDisplayTime, useMessages, useRun, useSelection } from '../run/index.ts';
import { SegmentArrow } from './SegmentArrow.tsx';
import { StateBands } from './StateBands.tsx';
import { TimeBreaks } from './TimeBreaks.tsx';
import { TimerBars } from './TimerBars.tsx';
import { segmentStatus } from '../../i18n/index.ts';
import { LadderOverlay } from './LadderOverlay.tsx';
import { BurstMarks } from './BurstMarks.tsx';
import { HatchPattern } from './HatchPattern.tsx';
import { flagsText } from '../../sim/index.ts';

export interface LadderProps {
  geometry: LadderGeometry;
  labels: ReadonlyMap<number, SegmentLabelText>;
  /** Each burst's one label, by its first member's id. */
  burstLabels: ReadonlyMap<number, SegmentLabelText>;
  cursor: number;
  /** Drawn this many times the layout's size (presentation mode). */
  zoom?: number;
  describedBy?: string;
}

export function Ladder({
  geometry,
  labels,
  burstLabels,
  cursor,
  zoom = 1,
  describedBy,
}: LadderProps) {
  const run = useRun();
  const t = useMessages();
  const displayTime = useDisplayTime();
  const { selectedId, select } = useSelection();
  const uid = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);

  const y = useTransform(displayTime, (d) => yOfDisplay(geometry, d));
  const limitY = yOfDisplay(geometry, run.schedule.d[cursor] ?? 0);

  const arrowsById = useMemo(() => new Map(geometry.arrows.map((a) => [a.id, a])), [geometry]);
  const currentId = stepSegmentId(run.timeline, cursor);
  const visible = run.timeline.segments.filter((s) => s.sendStep <= cursor);
  const inFlight = visible.filter((s) => s.endStep === null || s.endStep > cursor);
  const visibleIds = visible.map((s) => s.send.id);
  const visibleSet = new Set(visibleIds);
  const tabbableId =
    selectedId !== null && visibleIds.includes(selectedId)
      ? selectedId
      : (visibleIds.at(-1) ?? null);

  const related = useMemo(() => {
    const ids = new Set<number>();
    if (selectedId === null) return ids;
    const chainRoot = (id: number): number => {
      let cur = id;
      for (let guard = 0; guard < 64; guard++) {
        const of = run.segmentsById.get(cur)?.send.retransmissionOf;
        if (of === undefined) break;
        cur = of;
      }
      return cur;
    };
    const root = chainRoot(selectedId);
    for (const s of run.timeline.segments) {
      if (s.send.id !== selectedId && chainRoot(s.send.id) === root) ids.add(s.send.id);
    }
    return ids;
  }, [run, selectedId]);

  // Accessible names depend on the language, number mode and labels, not on the step: each
  // segment works its own out as it is drawn (a long run draws few of its thousands at first).
  // Each starts with the label as drawn, so the visible text is part of the name.
  const nameOf = useCallback(
    (id: number, phase: 'flight' | 'done'): string => {
      const track = run.segmentsById.get(id);
      if (track === undefined) return '';
      const status = segmentStatus(track, run, t);
      const text = labels.get(track.send.id);
      const drawn =
        text === undefined ? flagsText(track.send.flags) : `${text.flags} ${text.detail}`;
      const name = (label: string, list: string[]): string =>
        t.segmentAria({
          label,
          n: run.segmentNumber.get(track.send.id) ?? track.send.id,
          from: t.endpoint[track.send.from],
          to: t.endpoint[track.send.to],
          status: list,
        });
      return phase === 'flight'
        ? name(drawn, [...status.filter((x) => x !== t.statusLost), t.inFlight])
        : name(track.outcome === 'dropped' ? `${drawn} ${t.lost}` : drawn, status);
    },
    [run, t, labels],
  );

  const visibleRef = useRef(visibleIds);
  useLayoutEffect(() => {
    visibleRef.current = visibleIds;
  });
  const onSegmentKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: number): void => {
      const ids = visibleRef.current;
      const i = ids.indexOf(id);
      if (e.key === 'Enter') {
        e.preventDefault();
        select(id);
        return;
      }
      const next = e.key === 'ArrowUp' ? i - 1 : e.key === 'ArrowDown' ? i + 1 : null;
      if (next === null) return;
      e.preventDefault();
      const nextId = ids[Math.min(ids.length - 1, Math.max(0, next))];
      if (nextId === undefined) return;
      svgRef.current?.querySelector<SVGGElement>(`[data-segment="${String(nextId)}"]`)?.focus();
    },
    [select],
  );

  const fontPx = geometry.fontPx;
  const drawnWidth = geometry.width * zoom;
  const drawnHeight = geometry.height * zoom;
  return (
    <div className="ladder-stack" style={{ width: drawnWidth, height: drawnHeight }}>
      <svg
        ref={svgRef}
        className="ladder"
        width={drawnWidth}
        height={drawnHeight}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-label={t.ladder}
        aria-describedby={describedBy}
        style={{ fontSize: `${fontPx}px` }}
      >
        <defs>
          <HatchPattern id={`hatch-${uid}`} />
        </defs>
        <g className="lanes" aria-hidden="true">
          <line
            className="lane-line"
            x1={geometry.laneX.client}
            x2={geometry.laneX.client}
            y1={0}
            y2={geometry.height}
          />
          <line
            className="lane-line"
            x1={geometry.laneX.server}
            x2={geometry.laneX.server}
            y1={0}
            y2={geometry.height}
          />
        </g>
        <TimeBreaks
          breaks={geometry.breaks}
          width={geometry.width}
          limitY={limitY}
          hatchId={`hatch-${uid}`}
          t={t}
        />
        <StateBands bands={geometry.bands} limitY={limitY} />
        <TimerBars timers={geometry.timers} limitY={limitY} t={t} />
        <g className="segments" role="group" aria-label={t.segments}>
          {visible.map((track) => {
            const arrow = arrowsById.get(track.send.id);
            if (arrow === undefined) return null;
            const done = track.endStep !== null && track.endStep <= cursor;
            const label = labels.get(track.send.id) ?? {
              flags: flagsText(track.send.flags),
              detail: '',
            };
            const burst = arrow.burst === null ? undefined : geometry.bursts[arrow.burst];
            const burstPart =
              burst === undefined
                ? null
                : burst.ids[0] === arrow.id || burst.ids.at(-1) === arrow.id
                  ? 'edge'
                  : 'inner';
            return (
              <SegmentArrow
                key={track.send.id}
                arrow={arrow}
                phase={done ? 'done' : 'flight'}
                flags={label.flags}
                detail={label.detail}
                nameOf={nameOf}
                lostText={t.lost}
                selected={selectedId === track.send.id}
                current={currentId === track.send.id}
                related={related.has(track.send.id)}
                retransmission={track.send.retransmission}
                burst={burstPart}
                tabbable={tabbableId === track.send.id}
                fontPx={fontPx}
                onSelect={select}
                onKeyDown={onSegmentKey}
              />
            );
          })}
        </g>
        <BurstMarks
          bursts={geometry.bursts}
          labels={burstLabels}
          visible={visibleSet}
          selectedId={selectedId}
        />
      </svg>
      <LadderOverlay
        geometry={geometry}
        zoom={zoom}
        limitY={limitY}
        y={y}
        displayTime={displayTime}
        inFlight={inFlight}
        selectedId={selectedId}
      />
    </div>
  );
}
