/**
 * Text measurement without a DOM. Labels use a monospace face (every Latin glyph 0.6 em wide,
 * CJK glyphs a full em), so widths can be computed before anything is drawn.
 */

/** Advance of a Latin glyph in the monospace faces we list, in em. */
export const MONO_ADVANCE_EM = 0.6;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}

/** Width in pixels of a string set in the label monospace at `fontPx`. */
export function monoTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    em += isWide(cp) ? 1 : MONO_ADVANCE_EM;
  }
  return em * fontPx;
}
