/**
 * The ladder with its lane headings. It measures its own width, lays the diagram out for it
 * (pure layout, memoized), and keeps the playhead in view while the run plays.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMotionValueEvent } from 'framer-motion';
import { ladderGeometry, yOfDisplay } from '../../layout/index.ts';
import {
  useDisplayTime,
  useMessages,
  useNumberMode,
  useRun,
  useCursor,
  useIsPlaying,
} from '../run/index.ts';
import { Ladder } from './Ladder.tsx';
import { LaneHeader } from './LaneHeader.tsx';
import { LegendButton } from './LegendButton.tsx';
import { burstLabels, segmentLabels } from '../../i18n/index.ts';
import { useElementWidth } from '../kit/index.ts';

export function LadderPanel() {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const playing = useIsPlaying();
  const displayTime = useDisplayTime();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 360);
  const [fitHeight, setFitHeight] = useState<number | undefined>(undefined);
  const descId = useId();

  useEffect(() => {
    const el = boxRef.current;
    if (el === null) return;
    setFitHeight(el.clientHeight > 0 ? el.clientHeight : undefined);
  }, [width]);

  const wide = width >= 700;
  const labels = useMemo(() => segmentLabels(run, t, mode, wide), [run, t, mode, wide]);
  const bursts = useMemo(() => burstLabels(run, t, mode), [run, t, mode]);
  const geometry = useMemo(
    () =>
      ladderGeometry(
        run.timeline,
        labels,
        fitHeight === undefined ? { width } : { width, fitHeight },
        run.timerSpans,
        bursts,
      ),
    [run, labels, bursts, width, fitHeight],
  );

  // Keep the playhead in view: every frame while playing, and whenever the step changes. The
  // box's size and scroll offset are cached from events, so following never forces a layout.
  const viewRef = useRef({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (el === null) return undefined;
    const read = (): void => {
      viewRef.current = { top: el.scrollTop, height: el.clientHeight };
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, []);
  const followRef = useRef<(d: number) => void>(() => undefined);
  const playingRef = useRef(playing);
  useLayoutEffect(() => {
    playingRef.current = playing;
    followRef.current = (d: number): void => {
      const el = boxRef.current;
      const { top, height } = viewRef.current;
      if (el === null || height === 0) return;
      const y = yOfDisplay(geometry, d);
      if (y < top + height * 0.1 || y > top + height * 0.8) {
        const next = Math.max(0, y - height * 0.4);
        viewRef.current = { top: next, height };
        el.scrollTop = next;
      }
    };
  });
  useMotionValueEvent(displayTime, 'change', (d) => {
    if (playingRef.current) followRef.current(d);
  });
  useEffect(() => {
    followRef.current(displayTime.get());
  }, [cursor, geometry, displayTime]);

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
          paddingLeft: Math.max(0, geometry.laneX.client - geometry.bandWidth / 2 - 2),
          paddingRight: Math.max(
            0,
            geometry.width - geometry.laneX.server - geometry.bandWidth / 2 - 2,
          ),
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
        <Ladder
          geometry={geometry}
          labels={labels}
          burstLabels={bursts}
          cursor={cursor}
          describedBy={descId}
        />
      </div>
      <div className="ladder-foot">
        <LegendButton fontPx={geometry.fontPx} />
      </div>
    </section>
  );
}
