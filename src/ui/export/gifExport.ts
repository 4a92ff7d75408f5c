/**
 * The moving picture as an animated GIF, made in the browser: the still picture is drawn once
 * onto a canvas, and a worker (with the encoder) turns it into frames, reporting progress.
 */
import { svgToCanvas } from './svgToPng.ts';
import type { GifReply, GifRequest } from './gifProtocol.ts';
import { GIF_SCALE, type MovingLadder } from './movingImage.ts';

/** Encodes the GIF; `onProgress` hears the fraction done as the frames are written. */
export async function movingGif(
  moving: MovingLadder,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const canvas = await svgToCanvas(moving.still, GIF_SCALE);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  const picture = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const request: GifRequest = {
    picture: { data: picture.data, width: picture.width, height: picture.height },
    scale: GIF_SCALE,
    ladderTop: moving.ladderTop,
    plan: moving.plan,
    curtain: moving.palette.surface,
    line: moving.palette.accent,
    lane: moving.palette.border,
  };
  const worker = new Worker(new URL('./gif.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Blob>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<GifReply>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'done') resolve(new Blob([message.bytes], { type: 'image/gif' }));
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message));
      };
      worker.postMessage(request, [picture.data.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
