/**
 * The run played as a moving picture with no script: a "now" line sweeps down the ladder (time
 * runs downwards), and what lies below it, the future, stays hidden under a curtain. Each segment
 * therefore draws itself from sender to receiver at its own slope, and the line pauses where a
 * segment leaves or arrives, as the player's steps do. The same plan drives the CSS animation of
 * the SVG and the frames of the GIF.
 */
import type { LadderGeometry } from '../layout/index.ts';
import type { Palette } from '../themes/index.ts';
import {
  ladderSvg,
  type LadderOverlay,
  type LadderSvgInput,
  type SvgDocument,
} from './ladderSvg.ts';

/** A moment of the sweep: at `t` ms the line is at `y` (ladder coordinates). */
export interface RevealKey {
  t: number;
  y: number;
}

/** The sweep from the first moment to the end of the run, and the rest before it repeats. */
export interface RevealPlan {
  /** Times and places of the line, in order; between two keys it moves at a constant speed. */
  keys: RevealKey[];
  /** One loop, the final rest included. */
  durationMs: number;
  /** The ladder's height: the curtain covers from the line down to here. */
  height: number;
  width: number;
  /** The lanes' x: they stay drawn over the curtain, so the picture never looks empty. */
  lanes: number[];
}

/** How fast the sweep goes and how long it rests. */
export interface RevealPace {
  pxPerSecond: number;
  /** The rest where a segment leaves or arrives. */
  stopMs: number;
  /** Before the first moment, showing the initial states. */
  startMs: number;
  /** On the whole picture, before the loop starts again. */
  endMs: number;
  /** A long run is sped up to fit (the end rest stays as it is). */
  maxMs: number;
}

export const DEFAULT_PACE: RevealPace = {
  pxPerSecond: 110,
  stopMs: 450,
  startMs: 900,
  endMs: 3000,
  maxMs: 40_000,
};

/** Stops closer than this are one stop: the eye cannot tell them apart. */
const MERGE_PX = 8;

/** Where the sweep rests: every send and every arrival (or loss), top to bottom. */
function stopsOf(g: LadderGeometry): number[] {
  const ys = g.arrows.flatMap((a) => [a.y0, a.yEnd]).sort((a, b) => a - b);
  const stops: number[] = [];
  for (const y of ys) {
    const last = stops[stops.length - 1];
    if (last === undefined || y - last > MERGE_PX) stops.push(y);
  }
  return stops;
}

/** Plans the sweep over a ladder. */
export function revealPlan(g: LadderGeometry, pace: RevealPace = DEFAULT_PACE): RevealPlan {
  const legs: { y: number; moveMs: number; restMs: number }[] = [];
  let y = g.top;
  for (const stop of stopsOf(g)) {
    if (stop <= y) continue;
    legs.push({ y: stop, moveMs: ((stop - y) / pace.pxPerSecond) * 1000, restMs: pace.stopMs });
    y = stop;
  }
  legs.push({ y: g.height, moveMs: ((g.height - y) / pace.pxPerSecond) * 1000, restMs: 0 });
  const playMs = pace.startMs + legs.reduce((sum, l) => sum + l.moveMs + l.restMs, 0);
  const speed = playMs > pace.maxMs ? pace.maxMs / playMs : 1;

  const keys: RevealKey[] = [{ t: 0, y: g.top }];
  let t = pace.startMs * speed;
  keys.push({ t, y: g.top });
  for (const leg of legs) {
    t += leg.moveMs * speed;
    keys.push({ t, y: leg.y });
    if (leg.restMs > 0) {
      t += leg.restMs * speed;
      keys.push({ t, y: leg.y });
    }
  }
  return {
    keys,
    durationMs: t + pace.endMs,
    height: g.height,
    width: g.width,
    lanes: [g.laneX.client, g.laneX.server],
  };
}

/** Where the line is at `t` ms into a loop. */
export function revealAt(plan: RevealPlan, t: number): number {
  const keys = plan.keys;
  let prev = keys[0] ?? { t: 0, y: 0 };
  for (const key of keys) {
    if (key.t >= t) {
      const span = key.t - prev.t;
      return span <= 0 ? key.y : prev.y + ((key.y - prev.y) * (t - prev.t)) / span;
    }
    prev = key;
  }
  return prev.y;
}

const pct = (t: number, total: number): string =>
  `${(Math.round((t / total) * 100_000) / 1000).toString()}%`;
const px = (y: number): string => `${(Math.round(y * 10) / 10).toString()}px`;

/** The width of the "now" line. */
export const NOW_LINE_PX = 2;
/** The width of a lane line (the ladder's `.lane-line`). */
export const LANE_LINE_PX = 2;

/**
 * The sweep as an overlay of the ladder SVG: a CSS animation (it plays inside an `<img>`, where
 * scripts never run), and none for readers who ask for reduced motion: they get the whole run.
 * Below the line the lanes go on over the curtain (with the ladder's own `.lane-line` style).
 */
export function revealOverlay(plan: RevealPlan, palette: Palette): LadderOverlay {
  const frames = plan.keys.map(
    (k) => `${pct(k.t, plan.durationMs)}{transform:translateY(${px(k.y)})}`,
  );
  frames.push(`100%{transform:translateY(${px(plan.height)})}`);
  const seconds = (Math.round(plan.durationMs) / 1000).toString();
  const style = [
    `.reveal{animation:hl-reveal ${seconds}s linear infinite;transform:translateY(${px(plan.height)})}`,
    `.reveal-curtain{fill:${palette.surface}}`,
    `.reveal-now{stroke:${palette.accent};stroke-width:${NOW_LINE_PX}}`,
    `@keyframes hl-reveal{${frames.join('')}}`,
    `@media (prefers-reduced-motion:reduce){.reveal{animation:none;display:none}}`,
  ].join('\n');
  const { width, height } = plan;
  const markup = [
    `<clipPath id="reveal-clip"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath>`,
    `<g clip-path="url(#reveal-clip)"><g class="reveal">`,
    `<rect class="reveal-curtain" x="0" y="0" width="${width}" height="${height}"/>`,
    ...plan.lanes.map(
      (x) =>
        `<line class="lane-line" x1="${px(x).replace('px', '')}" x2="${px(x).replace('px', '')}" y1="0" y2="${height}"/>`,
    ),
    `<line class="reveal-now" x1="0" x2="${width}" y1="0" y2="0"/>`,
    `</g></g>`,
  ].join('\n');
  return { style, markup };
}

/** An animated ladder: the document, and the plan its frames follow. */
export interface AnimatedLadder {
  doc: SvgDocument;
  plan: RevealPlan;
}

/** The ladder of a whole run that plays itself: the static ladder with the sweep over it. */
export function animatedLadderSvg(input: LadderSvgInput, pace?: RevealPace): AnimatedLadder {
  const plan = revealPlan(input.geometry, pace);
  return { doc: ladderSvg({ ...input, overlay: revealOverlay(plan, input.palette) }), plan };
}
