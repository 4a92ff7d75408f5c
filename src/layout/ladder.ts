/**
 * Geometry of the time-space (ladder) diagram: two lanes, one arrow per segment from its send
 * time to its arrival time, labels placed so that none overlap, loss marks mid-way, state bands
 * along the lanes and the compressed stretches. Pure: the components only draw what this returns.
 */
import type { EndpointId } from '../sim/index.ts';
import type { TcpStateName } from './states.ts';
import {
  boundsOf,
  boxToRect,
  boxesOverlap,
  rectsOverlap,
  segmentHitsRect,
  type Box,
  type OrientedRect,
  type Point,
} from './geometry.ts';
import type { CompressedGap, SegmentOutcome, SegmentTrack, Timeline } from './timeline.ts';
import type { TimerSpan } from './scene.ts';
import { monoTextWidth } from './text.ts';
import { segmentBursts } from './bursts.ts';
import { ObstacleIndex } from './obstacleIndex.ts';
import type { Sliced } from './sliced.ts';

/** The space the ladder is drawn in. */
export interface LadderViewport {
  /** Width of the drawing, in CSS pixels. */
  width: number;
  /** If the whole run fits in this height at a readable scale, stretch it to fill. */
  fitHeight?: number;
}

/** The two text lines of a segment's label: flags above the arrow, numbers below. */
export interface SegmentLabelText {
  flags: string;
  detail: string;
}

/** Where a label goes: its anchor on the arrow, its rotation, and how much of it is shown. */
export interface LabelPlacement {
  x: number;
  y: number;
  /** Rotation in degrees, so text runs along the arrow and always reads left to right. */
  angle: number;
  /** Baseline of the flags line, across the arrow from the anchor (negative: above it). */
  flagsDy: number;
  /** Baseline of the numbers line, or null when only the flags are shown. */
  detailDy: number | null;
  /** 'full': flags and numbers; 'flags': flags only (numbers did not fit); 'none': no room. */
  shown: 'full' | 'flags' | 'none';
  /** The region the label covers. */
  rect: OrientedRect;
}

/** One segment's arrow. */
export interface ArrowGeometry {
  id: number;
  from: EndpointId;
  outcome: SegmentOutcome;
  /** Start (sender lane, send time). */
  x0: number;
  y0: number;
  /** Where the arrow would arrive (receiver lane, arrival time). */
  x1: number;
  y1: number;
  /** Where the drawn arrow ends: the arrival, or the loss mark. */
  xEnd: number;
  yEnd: number;
  /** Arrowhead polygon points ("x,y x,y x,y"), absent for a lost segment. */
  head: string | null;
  label: LabelPlacement;
  /** The index of its burst in `LadderGeometry.bursts`, or null when drawn on its own. */
  burst: number | null;
  /** A burst member's own label, shown only while it is selected (its burst has one label). */
  focusLabel: LabelPlacement | null;
}

/** A burst drawn as one fan between its first and last arrows, with one label. */
export interface BurstGeometry {
  from: EndpointId;
  ids: number[];
  /** The fan's polygon points ("x,y x,y x,y x,y"): the first arrow, then the last reversed. */
  fan: string;
  label: LabelPlacement;
}

/** A state held by one endpoint over a stretch of the diagram. */
export interface BandGeometry {
  endpoint: EndpointId;
  state: TcpStateName;
  x: number;
  width: number;
  y0: number;
  y1: number;
  /**
   * Where its name is written, if there is room; `extent` is how much of the band (from its top)
   * the name needs, so it can be shown as soon as the band has grown that long.
   */
  label: {
    x: number;
    y: number;
    vertical: boolean;
    anchor: 'start' | 'end';
    extent: number;
  } | null;
}

/** A compressed stretch, drawn as a hatched band across the ladder. */
export interface BreakGeometry {
  gap: CompressedGap;
  y0: number;
  y1: number;
  labelX: number;
  labelY: number;
}

/** A timer drawn as a thin bar beside its lane. */
export interface TimerBarGeometry {
  span: TimerSpan;
  x: number;
  y0: number;
  y1: number;
}

/** Everything the ladder component draws. */
export interface LadderGeometry {
  width: number;
  height: number;
  /** Label font size in px. */
  fontPx: number;
  /** Font size of state band names. */
  bandFontPx: number;
  laneX: Record<EndpointId, number>;
  /** The inner edges of the lanes, where arrows start and end. */
  edgeX: Record<EndpointId, number>;
  bandWidth: number;
  top: number;
  /** Pixels per display millisecond. */
  scale: number;
  arrows: ArrowGeometry[];
  bursts: BurstGeometry[];
  bands: BandGeometry[];
  breaks: BreakGeometry[];
  timers: TimerBarGeometry[];
}

/** A state change on the display axis, for bands. */
export interface StateMark {
  endpoint: EndpointId;
  d: number;
  to: TcpStateName;
}

const LABEL_FRACTIONS = [
  0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.22, 0.78, 0.16, 0.84, 0.11, 0.89,
];
const MONO_BOLD_FACTOR = 1.0;

/** Label font size for a drawing width: 11 px on a phone, up to 16 px on a projector. */
export function labelFontFor(width: number): number {
  return Math.round(Math.min(16, Math.max(11, 10.5 + (width - 360) * 0.006)) * 2) / 2;
}

/** The states each endpoint passes through, with their display times. */
export function stateMarks(timeline: Timeline): StateMark[] {
  const marks: StateMark[] = [];
  for (const s of timeline.steps) {
    if (s.event.type === 'state')
      marks.push({ endpoint: s.event.endpoint, d: s.d, to: s.event.to });
  }
  return marks;
}

/**
 * Lays out the ladder for a viewport. `labels` gives each segment's text (by send id), and
 * `burstLabels` each burst's one label (by its first member's id, see `segmentBursts`); the
 * layout measures them to keep labels apart and inside the lanes.
 */
export function ladderGeometry(
  timeline: Timeline,
  labels: ReadonlyMap<number, SegmentLabelText>,
  viewport: LadderViewport,
  timerSpans: readonly TimerSpan[] = [],
  burstLabels: ReadonlyMap<number, SegmentLabelText> = new Map(),
): LadderGeometry {
  // Run to the end here, not through `runToEnd`: a value shared with the run model's modules
  // makes the bundler split the first view into more chunks (over its size budget).
  const layout = ladderGeometryInSlices(timeline, labels, viewport, timerSpans, burstLabels);
  for (;;) {
    const next = layout.next();
    if (next.done === true) return next.value;
  }
}

/** Labels placed per slice of a layout in slices. */
const ARROWS_PER_SLICE = 250;

/** `ladderGeometry` a slice at a time (a few hundred labels each), with the same result. */
export function* ladderGeometryInSlices(
  timeline: Timeline,
  labels: ReadonlyMap<number, SegmentLabelText>,
  viewport: LadderViewport,
  timerSpans: readonly TimerSpan[] = [],
  burstLabels: ReadonlyMap<number, SegmentLabelText> = new Map(),
): Sliced<LadderGeometry> {
  const width = Math.max(280, viewport.width);
  const fontPx = labelFontFor(width);
  const bandFontPx = Math.max(10, fontPx - 1);
  const compact = width < 560;
  const margin = compact ? 12 : Math.round(Math.min(200, Math.max(118, width * 0.13)));
  const bandWidth = compact ? Math.round(bandFontPx + 8) : 14;
  const laneX: Record<EndpointId, number> = {
    client: margin + bandWidth / 2,
    server: width - margin - bandWidth / 2,
  };
  const edgeX: Record<EndpointId, number> = {
    client: laneX.client + bandWidth / 2,
    server: laneX.server - bandWidth / 2,
  };
  const top = Math.round(fontPx * 2.2);
  const bottom = Math.round(fontPx * 2.5);
  // Phones get a taller flight: their lanes are close, so labels need the room vertically.
  const flightPx = compact ? 104 : Math.min(110, Math.max(76, fontPx * 6.5));
  const baseScale = flightPx / timeline.flightMs;
  let scale = baseScale;
  if (viewport.fitHeight !== undefined && timeline.totalD > 0) {
    const fit = (viewport.fitHeight - top - bottom) / timeline.totalD;
    scale = Math.max(baseScale, Math.min(fit, baseScale * 1.6));
  }
  const yOf = (d: number): number => top + d * scale;
  const height = Math.ceil(yOf(timeline.totalD) + bottom);

  const breaks: BreakGeometry[] = timeline.gaps.map((gap) => {
    const y0 = yOf(gap.fromD);
    const y1 = yOf(gap.toD);
    return { gap, y0, y1, labelX: width / 2, labelY: (y0 + y1) / 2 };
  });

  const { arrows, bursts } = yield* placeArrows(timeline, labels, burstLabels, {
    fontPx,
    edgeX,
    yOf,
    breaks,
  });

  const bands = bandGeometry(timeline, {
    compact,
    laneX,
    bandWidth,
    bandFontPx,
    yOf,
    bottomY: height - bottom / 2,
  });

  const timers: TimerBarGeometry[] = timerSpans.map((span) => ({
    span,
    x:
      span.endpoint === 'client'
        ? laneX.client - bandWidth / 2 - 5
        : laneX.server + bandWidth / 2 + 5,
    y0: yOf(span.d0),
    y1: yOf(span.d1),
  }));

  return {
    width,
    height,
    fontPx,
    bandFontPx,
    laneX,
    edgeX,
    bandWidth,
    top,
    scale,
    arrows,
    bursts,
    bands,
    breaks,
    timers,
  };
}

/** The y coordinate of a display time in a laid-out ladder. */
export function yOfDisplay(geometry: LadderGeometry, d: number): number {
  return geometry.top + d * geometry.scale;
}

interface ArrowContext {
  fontPx: number;
  edgeX: Record<EndpointId, number>;
  yOf: (d: number) => number;
  breaks: readonly BreakGeometry[];
}

interface Obstacle {
  box: Box;
  rect?: OrientedRect;
  line?: [Point, Point];
  owner: number;
}

/** An arrow's line before its label is placed: where it starts, ends and points. */
interface ArrowDraft {
  seg: SegmentTrack;
  from: EndpointId;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Where the line stops: the receiving lane, or the drop point of a lost segment. */
  xEnd: number;
  yEnd: number;
  /** The arrowhead's polygon points, or null for a lost segment (it never arrives). */
  head: string | null;
}

/** The three points of an arrowhead at (x1, y1) for a line from (x0, y0) (the legend draws them too). */
export function arrowhead(x0: number, y0: number, x1: number, y1: number, fontPx: number): string {
  const headLen = Math.max(8, fontPx * 0.75);
  const headHalf = headLen * 0.42;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const ux = (x1 - x0) / len;
  const uy = (y1 - y0) / len;
  const bx = x1 - ux * headLen;
  const by = y1 - uy * headLen;
  return [
    `${fmt(x1)},${fmt(y1)}`,
    `${fmt(bx - uy * headHalf)},${fmt(by + ux * headHalf)}`,
    `${fmt(bx + uy * headHalf)},${fmt(by - ux * headHalf)}`,
  ].join(' ');
}

/** A segment's line from lane to lane, cut at the drop point when it is lost. */
function draftArrow(seg: SegmentTrack, ctx: ArrowContext): ArrowDraft {
  const { edgeX, yOf } = ctx;
  const from = seg.send.from;
  const to = seg.send.to;
  const x0 = edgeX[from];
  const x1 = edgeX[to];
  const y0 = yOf(seg.d0);
  const y1 = yOf(seg.d1);
  let xEnd = x1;
  let yEnd = y1;
  if (seg.outcome === 'dropped' && seg.dDrop !== null) {
    const f = seg.d1 > seg.d0 ? (seg.dDrop - seg.d0) / (seg.d1 - seg.d0) : 0.5;
    xEnd = x0 + (x1 - x0) * f;
    yEnd = y0 + (y1 - y0) * f;
  }
  const head = seg.outcome === 'dropped' ? null : arrowhead(x0, y0, x1, y1, ctx.fontPx);
  return { seg, from, x0, y0, x1, y1, xEnd, yEnd, head };
}

/** What a label must not cover: every line, every drop mark and every break label. */
function arrowObstacles(drafts: readonly ArrowDraft[], ctx: ArrowContext): Obstacle[] {
  const { fontPx } = ctx;
  const obstacles: Obstacle[] = [];
  for (const a of drafts) {
    const p: Point = { x: a.x0, y: a.y0 };
    const q: Point = { x: a.xEnd, y: a.yEnd };
    obstacles.push({
      owner: a.seg.send.id,
      line: [p, q],
      box: {
        x0: Math.min(p.x, q.x),
        y0: Math.min(p.y, q.y),
        x1: Math.max(p.x, q.x),
        y1: Math.max(p.y, q.y),
      },
    });
    if (a.seg.outcome === 'dropped') {
      const s = fontPx * 0.8;
      const box = {
        x0: a.xEnd - s * 1.9,
        y0: a.yEnd - s,
        x1: a.xEnd + s * 1.9,
        y1: a.yEnd + s * 2.8,
      };
      obstacles.push({ owner: a.seg.send.id, box, rect: boxToRect(box) });
    }
  }
  for (const b of ctx.breaks) {
    const w = fontPx * 16;
    const box = {
      x0: b.labelX - w / 2,
      y0: b.labelY - fontPx,
      x1: b.labelX + w / 2,
      y1: b.labelY + fontPx,
    };
    obstacles.push({ owner: -1, box, rect: boxToRect(box) });
  }
  return obstacles;
}

/**
 * How a label sits on its arrow: flags above and numbers below; or both stacked on one side
 * (where another arrow crosses the other side); or the flags alone.
 */
type Arrangement = 'split' | 'above' | 'below' | 'flags';

/** The order arrangements are tried in. */
const ARRANGEMENTS: readonly Arrangement[] = ['split', 'above', 'below', 'flags'];

/** The room an arrangement needs on each side of the line, and its two lines' offsets. */
interface ArrangementOffsets {
  above: number;
  below: number;
  flagsDy: number;
  detailDy: number | null;
}

function arrangementOffsets(arrangement: Arrangement, fontPx: number): ArrangementOffsets {
  const gap = Math.max(3, fontPx * 0.3);
  const lineH = fontPx * 0.95;
  const descent = fontPx * 0.18;
  const cap = fontPx * 0.78;
  // A text line's box, as browsers measure it, runs from the font's ascent above the baseline
  // to its descent below (monospace fonts: about 0.93 em and 0.24 em), a little more than the
  // letters' ink: labels are kept apart by those boxes, so no two ever touch.
  const ascentBox = fontPx * 0.93;
  const descentBox = fontPx * 0.24;
  let flagsDy = -gap - descent;
  let detailDy: number | null = gap + cap;
  if (arrangement === 'above') {
    detailDy = -gap - descent;
    flagsDy = detailDy - lineH;
  } else if (arrangement === 'below') {
    flagsDy = gap + cap;
    detailDy = flagsDy + lineH;
  } else if (arrangement === 'flags') {
    detailDy = null;
  }
  const baselines = detailDy === null ? [flagsDy] : [flagsDy, detailDy];
  // Each side's extent from the arrow: 1 px where the text does not reach (its own line).
  const above = Math.max(1, ...baselines.map((b) => ascentBox - b));
  const below = Math.max(1, ...baselines.map((b) => b + descentBox));
  return {
    above: arrangement === 'below' ? 1 : above,
    below: arrangement === 'above' || arrangement === 'flags' ? 1 : below,
    flagsDy,
    detailDy,
  };
}

/** An arrow's direction for its text, which always runs left to right. */
interface TextFrame {
  dx: number;
  dy: number;
  /** Unit vector along the text. */
  u: Point;
  /** "Above" the arrow is -n for the left-to-right text direction. */
  n: Point;
  angle: number;
}

function textFrame(a: ArrowDraft): TextFrame {
  const dx = a.xEnd - a.x0;
  const dy = a.yEnd - a.y0;
  const len = Math.hypot(dx, dy) || 1;
  const sign = dx >= 0 ? 1 : -1;
  const u: Point = { x: (sign * dx) / len, y: (sign * dy) / len };
  const angle = (Math.atan2(u.y, u.x) * 180) / Math.PI;
  return { dx, dy, u, n: { x: -u.y, y: u.x }, angle };
}

/** Where labels may go: between the lanes, below the top edge. */
interface LabelBounds {
  innerLeft: number;
  innerRight: number;
}

/**
 * The first place along the arrow (LABEL_FRACTIONS) where the label, in this arrangement, stays
 * inside the bounds and covers no obstacle; null when there is none.
 */
function tryArrangement(
  a: ArrowDraft,
  frame: TextFrame,
  width: number,
  arrangement: Arrangement,
  fontPx: number,
  bounds: LabelBounds,
  obstacles: ObstacleIndex<Obstacle>,
  ownLines: ReadonlySet<number>,
): LabelPlacement | null {
  const { above, below, flagsDy, detailDy } = arrangementOffsets(arrangement, fontPx);
  const maxFraction = a.seg.outcome === 'dropped' ? 0.72 : 1;
  const { dx, dy, u, n, angle } = frame;
  for (const f of LABEL_FRACTIONS) {
    if (f > maxFraction) continue;
    const ax = a.x0 + dx * f;
    const ay = a.y0 + dy * f;
    const shift = (below - above) / 2;
    const rect: OrientedRect = {
      center: { x: ax + n.x * shift, y: ay + n.y * shift },
      u,
      halfU: width / 2,
      halfN: (above + below) / 2,
    };
    const box = boundsOf(rect);
    if (box.x0 < bounds.innerLeft || box.x1 > bounds.innerRight) continue;
    if (box.y0 < 0) continue;
    const blocked = obstacles.some(box, (o) => {
      if (o.line !== undefined && ownLines.has(o.owner)) return false;
      if (!boxesOverlap(box, o.box)) return false;
      if (o.line !== undefined) return segmentHitsRect(o.line[0], o.line[1], rect);
      return o.rect !== undefined && rectsOverlap(rect, o.rect);
    });
    if (blocked) continue;
    return {
      x: ax,
      y: ay,
      angle,
      flagsDy,
      detailDy,
      shown: arrangement === 'flags' ? 'flags' : 'full',
      rect,
    };
  }
  return null;
}

/**
 * An arrow's label: the first arrangement that fits, or none at the arrow's middle. The lines
 * of `ownLines` (the arrow's own, or its burst's) do not count as obstacles.
 */
function placeLabel(
  a: ArrowDraft,
  text: SegmentLabelText,
  fontPx: number,
  bounds: LabelBounds,
  obstacles: ObstacleIndex<Obstacle>,
  ownLines: ReadonlySet<number> = new Set([a.seg.send.id]),
): LabelPlacement {
  const frame = textFrame(a);
  const flagsW = monoTextWidth(text.flags, fontPx) * MONO_BOLD_FACTOR;
  const detailW = monoTextWidth(text.detail, fontPx);
  for (const arrangement of ARRANGEMENTS) {
    const width = (arrangement === 'flags' ? flagsW : Math.max(flagsW, detailW)) + 6;
    const placed = tryArrangement(
      a,
      frame,
      width,
      arrangement,
      fontPx,
      bounds,
      obstacles,
      ownLines,
    );
    if (placed !== null) return placed;
  }
  const { dx, dy, u, angle } = frame;
  return {
    x: a.x0 + dx / 2,
    y: a.y0 + dy / 2,
    angle,
    flagsDy: 0,
    detailDy: null,
    shown: 'none',
    rect: { center: { x: a.x0 + dx / 2, y: a.y0 + dy / 2 }, u, halfU: 0, halfN: 0 },
  };
}

/** No label: a burst member's, whose burst carries one label for all. */
function noLabel(a: ArrowDraft): LabelPlacement {
  const { dx, dy, u, angle } = textFrame(a);
  const center = { x: a.x0 + dx / 2, y: a.y0 + dy / 2 };
  return {
    ...center,
    angle,
    flagsDy: 0,
    detailDy: null,
    shown: 'none',
    rect: { center, u, halfU: 0, halfN: 0 },
  };
}

function fanPoints(first: ArrowDraft, last: ArrowDraft): string {
  return [
    [first.x0, first.y0],
    [first.x1, first.y1],
    [last.x1, last.y1],
    [last.x0, last.y0],
  ]
    .map(([x, y]) => `${fmt(x ?? 0)},${fmt(y ?? 0)}`)
    .join(' ');
}

/** What a burst member's focus label must not cover: nothing (it is shown alone). */
const NO_OBSTACLES = new ObstacleIndex<Obstacle>();

/**
 * Every segment's arrow, and its label where one fits: labels are placed in segment order, and
 * each placed label becomes an obstacle for the ones after it. A burst gets one label, placed
 * along its middle arrow when its first member comes up; its members get none, only a focus
 * label (placed clear of the lanes, not of other marks) for when one is selected.
 */
function* placeArrows(
  timeline: Timeline,
  labels: ReadonlyMap<number, SegmentLabelText>,
  burstLabels: ReadonlyMap<number, SegmentLabelText>,
  ctx: ArrowContext,
): Sliced<{ arrows: ArrowGeometry[]; bursts: BurstGeometry[] }> {
  const drafts = timeline.segments.map((seg) => draftArrow(seg, ctx));
  const draftById = new Map(drafts.map((a) => [a.seg.send.id, a]));
  yield;
  const obstacles = new ObstacleIndex(arrowObstacles(drafts, ctx));
  yield;
  const bounds: LabelBounds = {
    innerLeft: Math.min(ctx.edgeX.client, ctx.edgeX.server) + 3,
    innerRight: Math.max(ctx.edgeX.client, ctx.edgeX.server) - 3,
  };
  const burstOf = new Map<number, number>();
  const found = segmentBursts(timeline);
  found.forEach((b, i) => {
    for (const id of b.ids) burstOf.set(id, i);
  });
  yield;
  const bursts: BurstGeometry[] = [];
  const textOf = (id: number): SegmentLabelText => labels.get(id) ?? { flags: '', detail: '' };
  const arrows: ArrowGeometry[] = [];
  for (const a of drafts) {
    if (arrows.length > 0 && arrows.length % ARROWS_PER_SLICE === 0) yield;
    const id = a.seg.send.id;
    const burstIndex = burstOf.get(id) ?? null;
    const burst = burstIndex === null ? undefined : found[burstIndex];
    let label: LabelPlacement;
    let focusLabel: LabelPlacement | null = null;
    if (burst === undefined) {
      label = placeLabel(a, textOf(id), ctx.fontPx, bounds, obstacles);
      if (label.shown !== 'none') {
        obstacles.add({ owner: id, box: boundsOf(label.rect), rect: label.rect });
      }
    } else {
      label = noLabel(a);
      focusLabel = placeLabel(a, textOf(id), ctx.fontPx, bounds, NO_OBSTACLES);
      const first = draftById.get(burst.ids[0] ?? -1);
      const last = draftById.get(burst.ids.at(-1) ?? -1);
      const middle = draftById.get(burst.ids[Math.floor(burst.ids.length / 2)] ?? -1);
      if (
        id === burst.ids[0] &&
        first !== undefined &&
        last !== undefined &&
        middle !== undefined
      ) {
        const text = burstLabels.get(id) ?? textOf(id);
        const own = new Set(burst.ids);
        const placed = placeLabel(middle, text, ctx.fontPx, bounds, obstacles, own);
        if (placed.shown !== 'none') {
          obstacles.add({ owner: id, box: boundsOf(placed.rect), rect: placed.rect });
        }
        bursts.push({
          from: burst.from,
          ids: burst.ids,
          fan: fanPoints(first, last),
          label: placed,
        });
      }
    }
    arrows.push({
      id,
      from: a.from,
      outcome: a.seg.outcome,
      x0: a.x0,
      y0: a.y0,
      x1: a.x1,
      y1: a.y1,
      xEnd: a.xEnd,
      yEnd: a.yEnd,
      head: a.head,
      label,
      burst: burstIndex,
      focusLabel,
    });
  }
  return { arrows, bursts };
}

interface BandContext {
  compact: boolean;
  laneX: Record<EndpointId, number>;
  bandWidth: number;
  bandFontPx: number;
  yOf: (d: number) => number;
  bottomY: number;
}

function bandGeometry(timeline: Timeline, ctx: BandContext): BandGeometry[] {
  const { trace } = timeline;
  const marks = stateMarks(timeline);
  const bands: BandGeometry[] = [];
  for (const endpoint of ['client', 'server'] as const) {
    const own = marks.filter((m) => m.endpoint === endpoint);
    const starts = [{ d: 0, to: trace.endpoints[endpoint].initialState }, ...own];
    starts.forEach((s, i) => {
      const next = starts[i + 1];
      const y0 = ctx.yOf(s.d);
      const y1 = next === undefined ? ctx.bottomY : ctx.yOf(next.d);
      if (y1 - y0 < 0.5) return;
      const x = ctx.laneX[endpoint] - ctx.bandWidth / 2;
      const textW = monoTextWidth(s.to, ctx.bandFontPx);
      let label: BandGeometry['label'] = null;
      if (ctx.compact) {
        if (y1 - y0 >= textW + 10) {
          label = {
            x: ctx.laneX[endpoint],
            y: y0 + 5,
            vertical: true,
            anchor: 'start',
            extent: textW + 10,
          };
        }
      } else if (y1 - y0 >= ctx.bandFontPx * 1.3) {
        const outside = ctx.bandWidth / 2 + 12;
        label =
          endpoint === 'client'
            ? {
                x: ctx.laneX.client - outside,
                y: y0 + ctx.bandFontPx,
                vertical: false,
                anchor: 'end',
                extent: ctx.bandFontPx * 1.3,
              }
            : {
                x: ctx.laneX.server + outside,
                y: y0 + ctx.bandFontPx,
                vertical: false,
                anchor: 'start',
                extent: ctx.bandFontPx * 1.3,
              };
      }
      bands.push({ endpoint, state: s.to, x, width: ctx.bandWidth, y0, y1, label });
    });
  }
  return bands;
}

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
