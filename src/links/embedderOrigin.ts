/**
 * The origin of the page that frames the embed, where the height messages go (postMessage's
 * targetOrigin), so that no other page can receive them if the frame is navigated elsewhere:
 *
 * 1. `origin=` in the embed's address, when the blogger gave it in the Embed dialog: a statement
 *    of where it belongs, kept even where the browser knows better (then the messages are dropped);
 * 2. else the browser's own record of the parent, `location.ancestorOrigins[0]` (Chromium, Safari);
 * 3. else the origin in `document.referrer` (the parent's address when it loaded the frame,
 *    unless its referrer policy withholds it).
 *
 * With none of them (Firefox on a page that sends no referrer) it is unknown, and the height goes
 * to any origin (`'*'`): it is no secret (any page that frames the embed can measure it), and
 * withholding it would leave the iframe at its fixed height on such pages.
 */

/** An http(s) origin as written, or null: `https://blog.example` (no path, query or fragment). */
export function webOrigin(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text === '') return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface EmbedderClues {
  /** The `origin=` setting (already checked by webOrigin). */
  explicit: string | null;
  /** `location.ancestorOrigins`, where the browser has it. */
  ancestorOrigins: readonly string[] | null;
  referrer: string;
}

/** The embedding page's origin, or null when it cannot be known. */
export function embedderOrigin({
  explicit,
  ancestorOrigins,
  referrer,
}: EmbedderClues): string | null {
  // An opaque parent (a sandboxed frame, a data: page) is listed as "null": no origin to name.
  return explicit ?? webOrigin(ancestorOrigins?.[0]) ?? webOrigin(referrer);
}
