/**
 * The sweep of ladderReveal.ts as an animated GIF, for platforms that take only bitmaps. The
 * whole picture is drawn once (by the caller, from the static SVG); each frame is that picture
 * with the curtain and the "now" line painted over it, in palette indices. A frame stores only
 * the pixels that changed since the one before (the rest is transparent and the previous frame
 * stays: GIF's "do not dispose"), so a long sweep costs little.
 */
import { GIFEncoder, applyPalette, nearestColorIndex, quantize } from 'gifenc';
import { LANE_LINE_PX, NOW_LINE_PX, revealAt, type RevealPlan } from '../ladderReveal.ts';

/** RGBA pixels, four bytes a pixel, row by row. */
export interface Raster {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

export interface RevealGifInput {
  /** The whole run drawn at `scale` times the SVG's size. */
  picture: Raster;
  scale: number;
  /** Where the ladder starts in the SVG (ladderTop), in CSS pixels. */
  ladderTop: number;
  plan: RevealPlan;
  /** The curtain's, the "now" line's and the lanes' colours, `#rrggbb`. */
  curtain: string;
  line: string;
  lane: string;
  /** Frames a second while the line moves; a rest is one frame. */
  fps?: number;
}

/** A frame: the moment it shows and how long it stays. */
export interface FrameTime {
  t: number;
  delayMs: number;
}

/** GIF delays count hundredths of a second; browsers slow anything under 20 ms to 100 ms. */
const MIN_DELAY_MS = 20;

/** When frames are taken: one at every key, and `fps` a second in between while moving. */
export function revealFrameTimes(plan: RevealPlan, fps = 12): FrameTime[] {
  const times: number[] = [];
  const step = 1000 / fps;
  let prev: RevealPlan['keys'][number] | undefined;
  for (const key of plan.keys) {
    if (prev !== undefined && key.y !== prev.y) {
      for (let t = prev.t + step; t < key.t - step / 2; t += step) times.push(t);
    }
    if (times[times.length - 1] !== key.t) times.push(key.t);
    prev = key;
  }
  const frames: FrameTime[] = [];
  let shown = 0;
  times.forEach((t, i) => {
    const next = times[i + 1] ?? plan.durationMs;
    // Delays are rounded to 10 ms against the running total, so the loop keeps its length.
    const end = Math.round(next / 10) * 10;
    const delayMs = Math.max(MIN_DELAY_MS, end - shown);
    shown += delayMs;
    frames.push({ t, delayMs });
  });
  return frames;
}

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

interface FrameRows {
  ladderTop: number;
  ladderEnd: number;
  lineY: number;
  lineHalf: number;
  /** Each lane line's first and last column (exclusive). */
  lanes: [number, number][];
}

/**
 * A frame in palette indices: the whole picture, then from the line down to the ladder's end
 * the curtain with the lanes going on over it, then the line.
 */
function paintFrame(
  out: Uint8Array,
  base: Uint8Array,
  width: number,
  rows: FrameRows,
  colours: { curtain: number; line: number; lane: number },
): void {
  out.set(base);
  const top = Math.max(rows.ladderTop, Math.round(rows.lineY));
  if (top < rows.ladderEnd) out.fill(colours.curtain, top * width, rows.ladderEnd * width);
  for (let row = top; row < rows.ladderEnd; row++) {
    for (const [x0, x1] of rows.lanes) out.fill(colours.lane, row * width + x0, row * width + x1);
  }
  const from = Math.max(rows.ladderTop, Math.round(rows.lineY - rows.lineHalf));
  const to = Math.min(rows.ladderEnd, Math.round(rows.lineY + rows.lineHalf));
  if (from < to) out.fill(colours.line, from * width, to * width);
}

/** Writes the GIF a few frames at a time, so a page can show progress between calls. */
export interface RevealGifWriter {
  /** How many frames the GIF has. */
  total: number;
  /** Writes up to `count` more frames; returns how many are written so far. */
  write: (count: number) => number;
  /** Ends the stream and returns the file's bytes (after every frame is written). */
  finish: () => Uint8Array<ArrayBuffer>;
}

/** Starts encoding the sweep as a looping GIF. */
export function revealGifWriter(input: RevealGifInput): RevealGifWriter {
  const { picture, scale, plan } = input;
  const { width, height } = picture;
  const rgba = new Uint8Array(picture.data);
  // One palette for every frame: the picture's colours, with the line's colour mixed in.
  const lineRgb = rgbOf(input.line);
  const sample = new Uint8Array(rgba.length + 4 * width * 8);
  sample.set(rgba);
  for (let i = rgba.length; i < sample.length; i += 4) {
    sample.set([...lineRgb, 255], i);
  }
  const palette = quantize(sample, 255);
  const transparent = palette.length;
  const colours = {
    curtain: nearestColorIndex(palette, rgbOf(input.curtain)),
    line: nearestColorIndex(palette, lineRgb),
    lane: nearestColorIndex(palette, rgbOf(input.lane)),
  };
  palette.push([255, 0, 255]);
  const base = applyPalette(rgba, palette);
  const laneHalf = (LANE_LINE_PX * scale) / 2;
  const rows: FrameRows = {
    ladderTop: Math.round(input.ladderTop * scale),
    ladderEnd: Math.min(height, Math.round((input.ladderTop + plan.height) * scale)),
    lineY: 0,
    lineHalf: (NOW_LINE_PX * scale) / 2,
    lanes: plan.lanes.map((x): [number, number] => [
      Math.max(0, Math.round(x * scale - laneHalf)),
      Math.min(width, Math.round(x * scale + laneHalf)),
    ]),
  };
  const times = revealFrameTimes(plan, input.fps);
  const gif = GIFEncoder({ initialCapacity: 1 << 20 });
  const frame = new Uint8Array(width * height);
  const changes = new Uint8Array(width * height);
  const previous = new Uint8Array(width * height);
  let written = 0;

  const writeFrame = ({ t, delayMs }: FrameTime): void => {
    rows.lineY = (input.ladderTop + revealAt(plan, t)) * scale;
    paintFrame(frame, base, width, rows, colours);
    if (written === 0) {
      gif.writeFrame(frame, width, height, { palette, delay: delayMs, repeat: 0, dispose: 1 });
    } else {
      for (let i = 0; i < frame.length; i++) {
        const index = frame[i] ?? 0;
        changes[i] = index === previous[i] ? transparent : index;
      }
      gif.writeFrame(changes, width, height, {
        delay: delayMs,
        transparent: true,
        transparentIndex: transparent,
        dispose: 1,
      });
    }
    previous.set(frame);
    written++;
  };

  return {
    total: times.length,
    write: (count) => {
      const end = Math.min(times.length, written + count);
      for (const time of times.slice(written, end)) writeFrame(time);
      return written;
    },
    finish: () => {
      if (written < times.length) throw new Error('frames are still to be written');
      gif.finish();
      return gif.bytes();
    },
  };
}

/** Encodes the sweep as a looping GIF in one go. */
export function revealGif(input: RevealGifInput): Uint8Array<ArrayBuffer> {
  const writer = revealGifWriter(input);
  writer.write(writer.total);
  return writer.finish();
}
