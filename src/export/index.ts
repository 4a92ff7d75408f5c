/**
 * PURE exports of a run: the ladder as a standalone SVG (still, or playing itself), the run as a
 * Mermaid sequence diagram and as an RFC 9293-style listing (the animated GIF is in gif/). The
 * palettes they paint with are in src/themes/.
 */
export * from './ladderReveal.ts';
export * from './ladderSvg.ts';
export * from './mermaid.ts';
export * from './rfcListing.ts';
export * from './segmentEvents.ts';
export * from './words.ts';
export * from './xml.ts';
