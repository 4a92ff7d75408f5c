/**
 * The moving picture as an animated GIF, made in the browser: the still picture is drawn once
 * onto a canvas, then the frames are encoded a few at a time so the dialog can show progress.
 * Imported when a GIF is asked for, with its encoder.
 */
import { revealGifWriter } from '../../export/gif/index.ts';
import { svgToCanvas } from './files.ts';
import { GIF_SCALE, type MovingLadder } from './movingImage.ts';

const FRAMES_PER_SLICE = 6;

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    window.setTimeout(resolve, 0);
  });
}

/** Encodes the GIF; `onProgress` hears the fraction done after every slice of frames. */
export async function movingGif(
  moving: MovingLadder,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const canvas = await svgToCanvas(moving.still, GIF_SCALE);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  const picture = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const writer = revealGifWriter({
    picture: { data: picture.data, width: picture.width, height: picture.height },
    scale: GIF_SCALE,
    ladderTop: moving.ladderTop,
    plan: moving.plan,
    curtain: moving.palette.surface,
    line: moving.palette.accent,
    lane: moving.palette.border,
  });
  for (let done = 0; done < writer.total;) {
    done = writer.write(FRAMES_PER_SLICE);
    onProgress(done / writer.total);
    await nextTask();
  }
  return new Blob([writer.finish()], { type: 'image/gif' });
}
