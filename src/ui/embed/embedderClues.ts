/** Reading the browser's record of the page that frames the embed (see links/embedderOrigin.ts). */
import type { EmbedderClues } from '../../links/index.ts';

/** What this frame's browser knows of its parent. */
export function embedderCluesHere(explicit: string | null): EmbedderClues {
  const listed = window.location.ancestorOrigins as DOMStringList | undefined;
  return {
    explicit,
    ancestorOrigins: listed === undefined ? null : Array.from(listed),
    referrer: document.referrer,
  };
}
