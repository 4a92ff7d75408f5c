/** The whole run's ladder as an SVG document, in the reader's language, numbers and colours. */
import { ladderSvg, type LadderSvgInput, type SvgDocument } from '../../export/index.ts';
import type { Palette } from '../../themes/index.ts';
import { breakLabel, burstLabels, segmentLabels, type MessagesWith } from '../../i18n/index.ts';
import { ladderGeometry, statePhase, type NumberMode, type RunModel } from '../../layout/index.ts';

/** Wide enough for every label on a slide, narrow enough to read on one. */
export const EXPORT_WIDTH = 1200;

export function ladderDocument(
  run: RunModel,
  t: MessagesWith<'shareDialogs'>,
  mode: NumberMode,
  title: string,
  palette: Palette,
): SvgDocument {
  return ladderSvg(ladderInput(run, t, mode, title, palette, EXPORT_WIDTH));
}

/** What the ladder SVG of a whole run shows, laid out `width` pixels wide. */
export function ladderInput(
  run: RunModel,
  t: MessagesWith<'shareDialogs'>,
  mode: NumberMode,
  title: string,
  palette: Palette,
  width: number,
): LadderSvgInput {
  const labels = segmentLabels(run, t, mode, true);
  const bursts = burstLabels(run, t, mode);
  const geometry = ladderGeometry(run.timeline, labels, { width }, run.timerSpans, bursts);
  const port = (side: 'client' | 'server'): string =>
    `${t.endpoint[side]} :${run.trace.endpoints[side].port}`;
  return {
    geometry,
    labels,
    burstLabels: bursts,
    breakLabels: geometry.breaks.map((b) => breakLabel(b, t)),
    headings: { client: port('client'), server: port('server') },
    title,
    description: `${t.shareDialogs.ladderSummary(run.timeline.segments.length)} ${t.shareDialogs.numbersNote[mode]}`,
    lostText: t.lost,
    palette,
    phaseOf: statePhase,
    // The picture leaves the app: it says itself which numbers it shows.
    footer: t.shareDialogs.numbersNote[mode],
  };
}

/** A file name from the scenario's name: lowercase letters, digits and dashes only. */
export function exportFileName(run: RunModel, suffix: string): string {
  const source = run.trace.source;
  const base = (source.kind === 'scenario' ? source.name : source.file)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base === '' ? 'handshake-lab' : base}-${suffix}`;
}
