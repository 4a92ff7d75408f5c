/** What the page and the GIF worker say to each other. */
import type { RevealGifInput } from '../../export/gif/index.ts';

/** The page asks for a GIF of the sweep over a picture (its pixels are transferred). */
export type GifRequest = RevealGifInput;

/** The worker answers with progress, then the file or what went wrong. */
export type GifReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed'; message: string };
