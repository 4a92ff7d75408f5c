/**
 * The moving picture of a run, as the Export and Embed dialogs make it: laid out narrow enough
 * to stay readable when a phone shrinks it, in the reader's language, numbers and colours, with
 * a line under it that leads back to the live run.
 */
import {
  animatedLadderSvg,
  ladderSvg,
  ladderTop,
  type AnimatedLadder,
  type SvgDocument,
} from '../../export/index.ts';
import { MOVING_IMAGE_TEXT, type MessagesWith } from '../../i18n/index.ts';
import type { NumberMode, RunModel } from '../../layout/index.ts';
import type { Palette } from '../../themes/index.ts';
import { ladderInput } from './ladderExport.ts';

/**
 * The layout width (the app's phone layout): a 360 px phone shows the picture at nine tenths of
 * its size, labels at about 10 px, where the 1200 px slide export would shrink them to 3 px.
 */
export const MOVING_WIDTH = 400;
/** The GIF is drawn at twice the layout size, so it stays sharp on high-density screens. */
export const GIF_SCALE = 2;

/** The animated SVG, the same picture standing still (the GIF's frames start from it), and how to move it. */
export interface MovingLadder extends AnimatedLadder {
  still: SvgDocument;
  /** Where the ladder starts in the document. */
  ladderTop: number;
  palette: Palette;
}

/**
 * An address shortened to fit a line: no scheme, and cut with an ellipsis past `maxChars`
 * (a custom scenario's link carries the whole file; the full link goes in the snippet).
 */
export function shortAddress(href: string, maxChars: number): string {
  const bare = href.replace(/^https?:\/\//, '');
  return bare.length <= maxChars ? bare : `${bare.slice(0, Math.max(1, maxChars - 1))}…`;
}

/**
 * The address as the picture prints it: without the step when it is the first, and without the
 * language (a reader who types it in gets their own), so it is short enough to type.
 */
export function printedAddress(href: string): string {
  const url = new URL(href);
  if (url.searchParams.get('step') === '0') url.searchParams.delete('step');
  url.searchParams.delete('lang');
  return url.href;
}

/** Roughly how many characters of a sans-serif line fit in `px`; Hangul counts double. */
function charsThatFit(px: number, fontPx: number, prefix: string): number {
  const prefixChars = prefix.replace(/[\u1100-\u11ff\uac00-\ud7a3]/g, 'xx').length;
  return Math.floor(px / (fontPx * 0.58)) - prefixChars;
}

export function movingLadder(
  run: RunModel,
  t: MessagesWith<'shareDialogs'>,
  mode: NumberMode,
  title: string,
  palette: Palette,
  liveUrl: string,
): MovingLadder {
  const text = MOVING_IMAGE_TEXT[t.lang];
  const base = ladderInput(run, t, mode, title, palette, MOVING_WIDTH);
  const { fontPx, width } = base.geometry;
  const fit = charsThatFit(width - 2 * fontPx, fontPx, text.liveLine(''));
  const input = { ...base, footer: text.liveLine(shortAddress(printedAddress(liveUrl), fit)) };
  return {
    ...animatedLadderSvg(input),
    still: ladderSvg(input),
    ladderTop: ladderTop(fontPx),
    palette,
  };
}
