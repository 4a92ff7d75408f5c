/**
 * PURE the moving ladder as an animated GIF. Its own entry, apart from src/export/index.ts, so
 * the encoder library loads only when a GIF is made.
 */
export * from './revealGif.ts';
