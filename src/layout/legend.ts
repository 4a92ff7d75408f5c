/**
 * The legend's samples: for each mark the ladder draws, a tiny ladder (two lanes, one or two
 * marks) in the same geometry types, so the legend draws them with the ladder's own components
 * and styles and the two cannot drift apart.
 */
import type { EndpointId } from '../sim/index.ts';
import type { TcpStateName } from './states.ts';
import {
  arrowhead,
  type ArrowGeometry,
  type LabelPlacement,
  type LadderGeometry,
} from './ladder.ts';

/** The marks the ladder draws, in the order the legend explains them. */
export const LEGEND_MARKS = [
  'segment',
  'retransmission',
  'lost',
  'flight',
  'burst',
  'band',
  'rto',
  'timeWait',
  'compressed',
  'playhead',
] as const;
export type LegendMark = (typeof LEGEND_MARKS)[number];

/** A sample's size, in CSS pixels at the ladder's font size. */
const WIDTH = 132;
const HEIGHT = 60;
const BAND = 8;

function frame(fontPx: number): LadderGeometry {
  const laneX: Record<EndpointId, number> = { client: 10, server: WIDTH - 10 };
  return {
    width: WIDTH,
    height: HEIGHT,
    fontPx,
    bandFontPx: Math.max(10, fontPx - 1),
    laneX,
    edgeX: { client: laneX.client + BAND / 2, server: laneX.server - BAND / 2 },
    bandWidth: BAND,
    top: 0,
    scale: 1,
    arrows: [],
    bursts: [],
    bands: [],
    breaks: [],
    timers: [],
  };
}

/** A label of flags alone, above the middle of the line. */
function flagsLabel(x0: number, y0: number, x1: number, y1: number): LabelPlacement {
  const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const u = { x: (x1 - x0) / len, y: (y1 - y0) / len };
  const center = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  return {
    ...center,
    angle,
    flagsDy: -4,
    detailDy: null,
    shown: 'flags',
    rect: { center, u, halfU: 0, halfN: 0 },
  };
}

function arrow(
  g: LadderGeometry,
  id: number,
  y0: number,
  y1: number,
  options: { lost?: boolean; label?: boolean } = {},
): ArrowGeometry {
  const x0 = g.edgeX.client;
  const x1 = g.edgeX.server;
  const lost = options.lost ?? false;
  const xEnd = lost ? (x0 + x1) / 2 : x1;
  const yEnd = lost ? (y0 + y1) / 2 : y1;
  const hidden: LabelPlacement = { ...flagsLabel(x0, y0, x1, y1), shown: 'none' };
  return {
    id,
    from: 'client',
    outcome: lost ? 'dropped' : 'delivered',
    x0,
    y0,
    x1,
    y1,
    xEnd,
    yEnd,
    head: lost ? null : arrowhead(x0, y0, x1, y1, g.fontPx),
    label: options.label === true ? flagsLabel(x0, y0, xEnd, yEnd) : hidden,
    burst: null,
    focusLabel: null,
  };
}

function band(
  g: LadderGeometry,
  endpoint: EndpointId,
  state: TcpStateName,
  y0: number,
  y1: number,
) {
  const x = g.laneX[endpoint] - BAND / 2;
  return {
    endpoint,
    state,
    x,
    width: BAND,
    y0,
    y1,
    label: {
      x: g.laneX.client + BAND / 2 + 6,
      y: y0 + g.bandFontPx,
      vertical: false,
      anchor: 'start' as const,
      extent: 0,
    },
  };
}

/** One sample per mark, each a small ladder of its own, for labels `fontPx` tall. */
export function legendSamples(fontPx: number): Record<LegendMark, LadderGeometry> {
  const top = fontPx + 8;
  const bottom = HEIGHT - 8;
  const sample = (fill: (g: LadderGeometry) => Partial<LadderGeometry>): LadderGeometry => {
    const g = frame(fontPx);
    return { ...g, ...fill(g) };
  };
  return {
    segment: sample((g) => ({ arrows: [arrow(g, 1, top, bottom, { label: true })] })),
    retransmission: sample((g) => ({ arrows: [arrow(g, 1, top, bottom, { label: true })] })),
    lost: sample((g) => ({ arrows: [arrow(g, 1, 8, HEIGHT + 4, { lost: true })] })),
    flight: sample((g) => ({ arrows: [arrow(g, 1, 8, bottom)] })),
    burst: sample((g) => {
      const members = [0, 1, 2, 3, 4].map((i) => arrow(g, i + 1, top + i * 3, bottom + i * 3 - 12));
      const first = members[0];
      const last = members.at(-1);
      if (first === undefined || last === undefined) return {};
      const fan = [
        [first.x0, first.y0],
        [first.x1, first.y1],
        [last.x1, last.y1],
        [last.x0, last.y0],
      ]
        .map(([x, y]) => `${String(x)},${String(y)}`)
        .join(' ');
      return {
        arrows: members.map((m) => ({ ...m, burst: 0 })),
        bursts: [
          {
            from: 'client' as const,
            ids: members.map((m) => m.id),
            fan,
            label: flagsLabel(first.x0, first.y0, first.x1, first.y1),
          },
        ],
      };
    }),
    band: sample((g) => ({
      bands: [
        { ...band(g, 'client', 'SYN-SENT', 4, 26), label: null },
        band(g, 'client', 'ESTABLISHED', 26, HEIGHT - 4),
      ],
    })),
    rto: sample((g) => ({
      timers: [
        {
          span: { endpoint: 'client', timer: 'retransmit', d0: 0, d1: 1, end: 'expire' },
          x: g.laneX.client + BAND / 2 + 8,
          y0: 8,
          y1: HEIGHT - 10,
        },
      ],
    })),
    timeWait: sample((g) => ({
      timers: [
        {
          span: { endpoint: 'client', timer: 'time-wait', d0: 0, d1: 1, end: 'running' },
          x: g.laneX.client + BAND / 2 + 8,
          y0: 8,
          y1: HEIGHT - 4,
        },
      ],
    })),
    compressed: sample(() => ({
      breaks: [
        {
          gap: {
            fromT: 0,
            toT: 60_000,
            fromD: 0,
            toD: 1,
            idle: true,
            timer: { name: 'retransmit', durationMs: 60_000 },
          },
          y0: 12,
          y1: HEIGHT - 12,
          labelX: WIDTH / 2,
          labelY: HEIGHT / 2,
        },
      ],
    })),
    playhead: sample(() => ({})),
  };
}
