/**
 * The ladder with its lane headings. It measures its own width, lays the diagram out for it
 * (pure layout, memoized; a long run's a slice at a time, with a notice until it is drawn), keeps the playhead in view while the run plays, and brings the whole
 * of the current step's segment into view when the step changes. In presentation mode the scene
 * is laid out for a narrower box and drawn magnified, so labels, bands and arrows all grow.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMotionValueEvent } from 'framer-motion';
import {
  isLongRun,
  labelFontFor,
  ladderGeometryInSlices,
  stepExtent,
  yOfDisplay,
  type LadderGeometry,
  type LadderViewport,
  type NumberMode,
  type RunModel,
  type SegmentLabelText,
  type Sliced,
} from '../../layout/index.ts';
import {
  useDisplayTime,
  useMessages,
  useNumberMode,
  useRun,
  useCursor,
  useIsPlaying,
  useSceneZoom,
} from '../run/index.ts';
import { Ladder } from './Ladder.tsx';
import { LaneHeader } from './LaneHeader.tsx';
import { LegendButton } from './LegendButton.tsx';
import { burstLabels, segmentLabels, type Messages } from '../../i18n/index.ts';

/** From this width labels carry their long tags (a retransmission's full word, a delay). */
const WIDE_LABELS_PX = 700;
import { useElementWidth, useSliced } from '../kit/index.ts';

/** The ladder's labels and layout for a viewport, a slice at a time. */
function* ladderDrawing(
  run: RunModel,
  t: Messages,
  mode: NumberMode,
  viewport: LadderViewport,
): Sliced<{
  labels: Map<number, SegmentLabelText>;
  bursts: Map<number, SegmentLabelText>;
  geometry: LadderGeometry;
}> {
  const labels = segmentLabels(run, t, mode, viewport.width >= WIDE_LABELS_PX);
  yield;
  const bursts = burstLabels(run, t, mode);
  yield;
  const geometry = yield* ladderGeometryInSlices(
    run.timeline,
    labels,
    viewport,
    run.timerSpans,
    bursts,
  );
  return { labels, bursts, geometry };
}

export function LadderPanel() {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const playing = useIsPlaying();
  const displayTime = useDisplayTime();
  const boxRef = useRef<HTMLDivElement>(null);
  const boxWidth = useElementWidth(boxRef, 360);
  const zoom = useSceneZoom().zoom ?? 1;
  const width = Math.floor(boxWidth / zoom);
  const [boxHeight, setBoxHeight] = useState<number | undefined>(undefined);
  const fitHeight = boxHeight === undefined ? undefined : boxHeight / zoom;
  const descId = useId();

  useEffect(() => {
    const el = boxRef.current;
    if (el === null) return;
    setBoxHeight(el.clientHeight > 0 ? el.clientHeight : undefined);
  }, [boxWidth]);

  // Room for as many timer lines as the run ever shows at once, so the headings keep one height.
  const timerRows = useMemo(
    () =>
      Math.max(
        0,
        ...run.checkpoints.map((c) => Math.max(c.client.timers.length, c.server.timers.length)),
      ),
    [run],
  );
  const layout = useCallback(
    () => ladderDrawing(run, t, mode, fitHeight === undefined ? { width } : { width, fitHeight }),
    [run, t, mode, width, fitHeight],
  );
  const drawing = useSliced(layout, isLongRun(run.trace), run);
  const geometry = drawing?.geometry ?? null;

  // Keep the playhead in view: every frame while playing, and whenever the step changes. The
  // box's size and scroll offset are cached from events, so following never forces a layout.
  const viewRef = useRef({ top: 0, height: 0 });
  const followRef = useRef<(d: number) => void>(() => undefined);
  const showStepRef = useRef<() => void>(() => undefined);
  const playingRef = useRef(playing);
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (el === null) return undefined;
    const read = (): void => {
      viewRef.current = { top: el.scrollTop, height: el.clientHeight };
    };
    // A box that changes height (a phone's sheet opening) keeps the step in view.
    const resized = (): void => {
      read();
      if (!playingRef.current) showStepRef.current();
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resized);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, []);
  const scrollTo = (el: HTMLElement, next: number, height: number): void => {
    const top = Math.max(0, next);
    viewRef.current = { top, height };
    el.scrollTop = top;
  };
  useLayoutEffect(() => {
    playingRef.current = playing;
    followRef.current = (d: number): void => {
      const el = boxRef.current;
      const { top, height } = viewRef.current;
      if (el === null || height === 0 || geometry === null) return;
      const y = yOfDisplay(geometry, d) * zoom;
      if (y < top + height * 0.1 || y > top + height * 0.8) scrollTo(el, y - height * 0.4, height);
    };
    // The step's whole segment (both ends and its label), with room for the text above it.
    showStepRef.current = (): void => {
      const el = boxRef.current;
      const { top, height } = viewRef.current;
      if (el === null || height === 0 || geometry === null) return;
      const stepD = run.schedule.d[cursor] ?? 0;
      const extent = stepExtent(geometry, run.timeline, cursor, stepD);
      const pad = geometry.fontPx * 1.5 * zoom;
      const lo = extent.y0 * zoom;
      const hi = extent.y1 * zoom;
      if (lo - pad >= top && hi + pad <= top + height) return;
      const y = yOfDisplay(geometry, stepD) * zoom;
      // Centred when it fits (with room for the text around it, as far as the box allows). A
      // segment taller than the box (a long delay) keeps in view the end where the step
      // happens: its start when it is sent, its arrival when it arrives.
      const next =
        hi - lo <= height
          ? Math.min(lo, Math.max(hi - height, (lo + hi) / 2 - height / 2))
          : y - lo < hi - y
            ? y - pad
            : y + pad - height;
      scrollTo(el, next, height);
    };
  });
  useMotionValueEvent(displayTime, 'change', (d) => {
    if (playingRef.current) followRef.current(d);
  });
  useEffect(() => {
    if (playingRef.current) followRef.current(displayTime.get());
    else showStepRef.current();
  }, [cursor, geometry, displayTime, boxHeight]);

  return (
    <section className="panel ladder-panel" aria-labelledby="ladder-heading" id="ladder">
      <h2 id="ladder-heading" className="visually-hidden">
        {t.ladder}
      </h2>
      <p id={descId} className="visually-hidden">
        {t.ladderDescription}
      </p>
      <div
        className="lane-headers"
        style={{
          ['--timer-rows' as string]: timerRows,
          ...(geometry === null
            ? {}
            : {
                paddingLeft: Math.max(
                  0,
                  (geometry.laneX.client - geometry.bandWidth / 2 - 2) * zoom,
                ),
                paddingRight: Math.max(
                  0,
                  (geometry.width - geometry.laneX.server - geometry.bandWidth / 2 - 2) * zoom,
                ),
              }),
        }}
      >
        <LaneHeader endpoint="client" />
        <LaneHeader endpoint="server" />
      </div>
      {/* Focusable so keyboard users can scroll a long run (WCAG 2.1.1). */}
      <div
        ref={boxRef}
        className="ladder-scroll"
        tabIndex={0}
        role="group"
        aria-label={t.ladderScrollArea}
      >
        {drawing === null ? (
          <p className="run-preparing" role="status">
            {t.stage.preparingRun}
          </p>
        ) : (
          <Ladder
            geometry={drawing.geometry}
            labels={drawing.labels}
            burstLabels={drawing.bursts}
            cursor={cursor}
            zoom={zoom}
            describedBy={descId}
          />
        )}
      </div>
      <div className="ladder-foot">
        <LegendButton fontPx={geometry?.fontPx ?? labelFontFor(width)} />
      </div>
    </section>
  );
}
