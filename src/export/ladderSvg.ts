/**
 * The whole run's ladder as a standalone SVG file: the same geometry the app draws, painted with
 * a palette in an embedded style sheet (so it looks the same outside the app), lane headings and
 * a title on top. Every piece of text is escaped.
 */
import type { EndpointId } from '../sim/index.ts';
import type {
  LabelPlacement,
  LadderGeometry,
  SegmentLabelText,
  TcpStateName,
} from '../layout/index.ts';
import type { Palette } from '../themes/index.ts';
import { xmlEscape } from './xml.ts';

/** The colour group of a state band (the app's `statePhase`). */
export type BandPhase = 'closed' | 'opening' | 'open' | 'closing' | 'waiting';

/** Everything the SVG shows besides the geometry: words, colours and the band colouring. */
export interface LadderSvgInput {
  /** The ladder laid out for the whole run. */
  geometry: LadderGeometry;
  labels: ReadonlyMap<number, SegmentLabelText>;
  /** Each burst's one label, by its first member's id (`geometry.bursts`). */
  burstLabels?: ReadonlyMap<number, SegmentLabelText>;
  /** The label of each compressed stretch, in the order of `geometry.breaks`. */
  breakLabels: readonly string[];
  /** Lane headings, e.g. "Client :50000". */
  headings: Record<EndpointId, string>;
  title: string;
  /** A sentence for assistive technology (the SVG's `<desc>`). */
  description: string;
  lostText: string;
  palette: Palette;
  phaseOf: (state: TcpStateName) => BandPhase;
  /** A line under the diagram, e.g. where to play the run live. */
  footer?: string;
  /** Drawn over the ladder, e.g. the animated reveal (markup in ladder coordinates). */
  overlay?: LadderOverlay;
}

/** Markup drawn over the ladder and the style rules it needs. */
export interface LadderOverlay {
  style: string;
  markup: string;
}

/** A standalone SVG document and its size in CSS pixels. */
export interface SvgDocument {
  svg: string;
  width: number;
  height: number;
}

/** Where the ladder sits in the document: below the title and the lane headings. */
export function ladderTop(fontPx: number): number {
  return Math.round(fontPx * 4);
}

/** The height of the footer line, when there is one. */
export function footerHeight(fontPx: number): number {
  return Math.round(fontPx * 2.4);
}

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

const MONO = `ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', 'Noto Sans Mono CJK KR', monospace`;
const SANS = `system-ui, 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif`;

function styleSheet(p: Palette, fontPx: number, bandFontPx: number): string {
  return [
    `svg{font-family:${MONO};font-size:${fontPx}px}`,
    `.bg{fill:${p.surface}}`,
    `.title{font-family:${SANS};font-weight:700;fill:${p.text}}`,
    `.footer{font-family:${SANS};font-weight:600;fill:${p.accent}}`,
    `.heading{font-family:${SANS};font-weight:700}`,
    `.heading.client{fill:${p.client}}.heading.server{fill:${p.server}}`,
    `.lane-line{stroke:${p.border};stroke-width:2}`,
    `.band.phase-closed rect{fill:${p['phase-closed']}}`,
    `.band.phase-opening rect{fill:${p['phase-opening']}}`,
    `.band.phase-open rect{fill:${p['phase-open']}}`,
    `.band.phase-closing rect{fill:${p['phase-closing']}}`,
    `.band.phase-waiting rect{fill:${p['phase-waiting']}}`,
    `.band-label{fill:${p.muted};font-size:${bandFontPx}px;font-weight:600}`,
    `.band-label.vertical{fill:${p['band-text']}}`,
    `.hatch{stroke:${p.hatch};stroke-width:4}`,
    `.break-edge{stroke:${p.border};stroke-dasharray:3 4}`,
    `.break-label{fill:${p.muted};font-family:${SANS};font-style:italic;font-weight:600;paint-order:stroke;stroke:${p.surface};stroke-width:5px;stroke-linejoin:round}`,
    `.timer-bar line{stroke:${p.timer};stroke-width:3;stroke-linecap:round;opacity:.75}`,
    `.timer-bar.timer-time-wait line{stroke-dasharray:6 4}`,
    `.timer-bar circle{fill:${p.timer}}.timer-bar path{stroke:${p.timer};stroke-width:2.5}`,
    `.from-client{--dir:${p.client}}.from-server{--dir:${p.server}}`,
    `.from-client .seg-line,.from-client .seg-head{stroke:${p.client};fill:${p.client}}`,
    `.from-server .seg-line,.from-server .seg-head{stroke:${p.server};fill:${p.server}}`,
    `.seg-line{stroke-width:2.2;stroke-linecap:round}.seg-line.lost{stroke-dasharray:7 5}`,
    `.burst-fan.from-client{fill:${p.client}}.burst-fan.from-server{fill:${p.server}}.burst-fan{fill-opacity:.14}`,
    `.in-burst .seg-line{stroke-width:1;stroke-opacity:.55}.in-burst:not(.burst-edge) .seg-head{display:none}`,
    `.seg-label text{paint-order:stroke;stroke:${p.surface};stroke-width:4px;stroke-linejoin:round}`,
    `.from-client .seg-flags{fill:${p.client}}.from-server .seg-flags{fill:${p.server}}`,
    `.seg-flags{font-weight:700}.seg-detail{fill:${p.text}}`,
    `.drop-mark path{stroke:${p.lost};stroke-width:3;stroke-linecap:round}`,
    `.drop-mark text{fill:${p.lost};font-family:${SANS};font-weight:700;paint-order:stroke;stroke:${p.surface};stroke-width:4px}`,
  ].join('\n');
}

/** Renders the ladder of a whole run as an SVG document. */
export function ladderSvg(input: LadderSvgInput): SvgDocument {
  const g = input.geometry;
  const fontPx = g.fontPx;
  const titleY = Math.round(fontPx * 1.6);
  const headingY = Math.round(fontPx * 3.3);
  const header = ladderTop(fontPx);
  const width = g.width;
  const footer = input.footer ?? '';
  const height = g.height + header + (footer === '' ? 0 : footerHeight(fontPx));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${xmlEscape(input.title)}</title>`,
    `<desc id="desc">${xmlEscape(input.description)}</desc>`,
    `<style>\n${styleSheet(input.palette, fontPx, g.bandFontPx)}${input.overlay === undefined ? '' : `\n${input.overlay.style}`}\n</style>`,
    `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>`,
    `<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`,
    `<text class="title" x="${n(g.laneX.client - g.bandWidth / 2)}" y="${titleY}">${xmlEscape(input.title)}</text>`,
    `<text class="heading client" x="${n(g.laneX.client - g.bandWidth / 2)}" y="${headingY}">${xmlEscape(input.headings.client)}</text>`,
    `<text class="heading server" x="${n(g.laneX.server + g.bandWidth / 2)}" y="${headingY}" text-anchor="end">${xmlEscape(input.headings.server)}</text>`,
    `<g transform="translate(0 ${header})">`,
  );

  out.push('<g class="lanes">');
  for (const side of ['client', 'server'] as const) {
    out.push(
      `<line class="lane-line lane-${side}" x1="${n(g.laneX[side])}" x2="${n(g.laneX[side])}" y1="0" y2="${g.height}"/>`,
    );
  }
  out.push('</g>');

  out.push('<g class="breaks">');
  g.breaks.forEach((b, i) => {
    out.push(
      `<g class="break"><rect x="0" y="${n(b.y0)}" width="${width}" height="${n(b.y1 - b.y0)}" fill="url(#hatch)"/>`,
      `<line class="break-edge" x1="0" x2="${width}" y1="${n(b.y0)}" y2="${n(b.y0)}"/>`,
      `<line class="break-edge" x1="0" x2="${width}" y1="${n(b.y1)}" y2="${n(b.y1)}"/>`,
      `<text class="break-label" x="${n(b.labelX)}" y="${n(b.labelY)}" text-anchor="middle" dominant-baseline="central">${xmlEscape(input.breakLabels[i] ?? '')}</text></g>`,
    );
  });
  out.push('</g>');

  out.push('<g class="bands">');
  for (const b of g.bands) {
    out.push(
      `<g class="band phase-${input.phaseOf(b.state)}"><rect x="${n(b.x)}" y="${n(b.y0)}" width="${n(b.width)}" height="${n(Math.max(0, b.y1 - b.y0))}" rx="3"/>`,
    );
    if (b.label !== null) {
      out.push(
        b.label.vertical
          ? `<text class="band-label vertical" transform="translate(${n(b.label.x)} ${n(b.label.y)}) rotate(90)" dominant-baseline="central">${xmlEscape(b.state)}</text>`
          : `<text class="band-label" x="${n(b.label.x)}" y="${n(b.label.y)}" text-anchor="${b.label.anchor}">${xmlEscape(b.state)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');

  out.push('<g class="timers">');
  for (const t of g.timers) {
    out.push(
      `<g class="timer-bar timer-${t.span.timer}"><line x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(t.y0)}" y2="${n(t.y1)}"/><circle cx="${n(t.x)}" cy="${n(t.y0)}" r="2.5"/>`,
      t.span.end === 'expire' ? `<path d="M${n(t.x - 4)},${n(t.y1)}h8"/>` : '',
      '</g>',
    );
  }
  out.push('</g>');

  const label = (l: LabelPlacement, text: SegmentLabelText): string[] =>
    l.shown === 'none'
      ? []
      : [
          `<g class="seg-label" transform="translate(${n(l.x)} ${n(l.y)}) rotate(${l.angle.toFixed(2)})">`,
          `<text class="seg-flags" y="${n(l.flagsDy)}" text-anchor="middle">${xmlEscape(text.flags)}</text>`,
          l.detailDy === null
            ? ''
            : `<text class="seg-detail" y="${n(l.detailDy)}" text-anchor="middle">${xmlEscape(text.detail)}</text>`,
          '</g>',
        ];
  out.push('<g class="bursts">');
  for (const b of g.bursts)
    out.push(`<polygon class="burst-fan from-${b.from}" points="${b.fan}"/>`);
  out.push('</g>');

  out.push('<g class="segments">');
  const s = fontPx * 0.55;
  for (const a of g.arrows) {
    const lost = a.outcome === 'dropped';
    const text = input.labels.get(a.id) ?? { flags: '', detail: '' };
    const burst = a.burst === null ? undefined : g.bursts[a.burst];
    const edge = burst !== undefined && (burst.ids[0] === a.id || burst.ids.at(-1) === a.id);
    const classes = `${burst === undefined ? '' : ' in-burst'}${edge ? ' burst-edge' : ''}`;
    out.push(
      `<g class="segment from-${a.from}${lost ? ' is-lost' : ''}${classes}" data-segment="${a.id}">`,
      `<line class="seg-line${lost ? ' lost' : ''}" x1="${n(a.x0)}" y1="${n(a.y0)}" x2="${n(a.xEnd)}" y2="${n(a.yEnd)}"/>`,
      a.head === null ? '' : `<polygon class="seg-head" points="${a.head}"/>`,
    );
    out.push(...label(a.label, text));
    if (burst !== undefined && burst.ids[0] === a.id) {
      out.push(...label(burst.label, input.burstLabels?.get(a.id) ?? text));
    }
    if (lost) {
      out.push(
        `<g class="drop-mark" transform="translate(${n(a.xEnd)} ${n(a.yEnd)})"><path d="M${n(-s)},${n(-s)}L${n(s)},${n(s)}M${n(s)},${n(-s)}L${n(-s)},${n(s)}"/>`,
        `<text y="${n(s + fontPx * 1.05)}" text-anchor="middle">${xmlEscape(input.lostText)}</text></g>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');
  if (input.overlay !== undefined) out.push(input.overlay.markup);
  out.push('</g>');
  if (footer !== '') {
    out.push(
      `<text class="footer" x="${n(g.laneX.client - g.bandWidth / 2)}" y="${n(header + g.height + fontPx * 1.2)}">${xmlEscape(footer)}</text>`,
    );
  }
  out.push('</svg>');
  return { svg: `${out.filter((x) => x !== '').join('\n')}\n`, width, height };
}
