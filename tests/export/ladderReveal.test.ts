/**
 * The moving ladder: the sweep's plan computed by hand on a small ladder, the SVG that plays it
 * (self-contained: no script, no handler, nothing fetched; still for reduced motion), and the
 * GIF that plays the same plan, read back block by block.
 */
import { Window } from 'happy-dom';
import {
  animatedLadderSvg,
  revealAt,
  revealOverlay,
  revealPlan,
  type RevealPace,
} from '../../src/export/index.ts';
import { revealFrameTimes, revealGif } from '../../src/export/gif/index.ts';
import { enAll as en } from '../helpers/catalogues.ts';
import { buildRunModel, type LadderGeometry } from '../../src/layout/index.ts';
import { LIGHT } from '../../src/themes/index.ts';
import { ladderInput } from '../../src/ui/export/ladderExport.ts';
import { lostSyn } from '../helpers/traces.ts';
import { readGif } from './gifBlocks.ts';

const PACE: RevealPace = {
  pxPerSecond: 100,
  stopMs: 500,
  startMs: 1000,
  endMs: 2000,
  maxMs: 1_000_000,
};

/** A ladder from y 20 to 220 with two segments; the second leaves 4 px after the first lands. */
function smallLadder(): LadderGeometry {
  const arrow = (y0: number, yEnd: number) => ({ y0, yEnd }) as LadderGeometry['arrows'][number];
  return {
    width: 300,
    height: 220,
    top: 20,
    laneX: { client: 10, server: 290 },
    arrows: [arrow(40, 100), arrow(104, 160)],
  } as LadderGeometry;
}

describe('the sweep', () => {
  it('rests at each send and arrival (stops 4 px apart are one) and moves at the pace between', () => {
    const plan = revealPlan(smallLadder(), PACE);
    // 20 -> 40 is 200 ms at 100 px/s, 40 -> 100 and 100 -> 160 and 160 -> 220 are 600 ms each.
    expect(plan.keys).toEqual([
      { t: 0, y: 20 },
      { t: 1000, y: 20 },
      { t: 1200, y: 40 },
      { t: 1700, y: 40 },
      { t: 2300, y: 100 },
      { t: 2800, y: 100 },
      { t: 3400, y: 160 },
      { t: 3900, y: 160 },
      { t: 4500, y: 220 },
    ]);
    expect(plan.durationMs).toBe(6500);
    expect(revealAt(plan, 500)).toBe(20);
    expect(revealAt(plan, 1100)).toBe(30);
    expect(revealAt(plan, 2000)).toBe(70);
    expect(revealAt(plan, 6000)).toBe(220);
  });

  it('speeds a long run up to fit, keeping the final rest', () => {
    const plan = revealPlan(smallLadder(), { ...PACE, maxMs: 2250 });
    expect(plan.keys.at(-1)).toEqual({ t: 2250, y: 220 });
    expect(plan.keys[2]).toEqual({ t: 600, y: 40 });
    expect(plan.durationMs).toBe(4250);
  });

  it('takes a frame at every key and ten a second while moving, adding up to the loop', () => {
    const plan = revealPlan(smallLadder(), PACE);
    const frames = revealFrameTimes(plan, 10);
    expect(frames.map((f) => f.t)).toEqual([
      0, 1000, 1100, 1200, 1700, 1800, 1900, 2000, 2100, 2200, 2300, 2800, 2900, 3000, 3100, 3200,
      3300, 3400, 3900, 4000, 4100, 4200, 4300, 4400, 4500,
    ]);
    expect(frames.reduce((sum, f) => sum + f.delayMs, 0)).toBe(6500);
    expect(frames.at(-1)?.delayMs).toBe(2000);
  });

  it('is a CSS animation of the curtain that readers who ask for less motion never see', () => {
    const plan = revealPlan(smallLadder(), PACE);
    const { style, markup } = revealOverlay(plan, LIGHT);
    expect(style).toContain('.reveal{animation:hl-reveal 6.5s linear infinite;');
    expect(style).toContain('15.385%{transform:translateY(20px)}'); // 1000 / 6500
    expect(style).toContain(
      '@media (prefers-reduced-motion:reduce){.reveal{animation:none;display:none}}',
    );
    expect(markup).toContain('<rect class="reveal-curtain" x="0" y="0" width="300" height="220"/>');
    // The lanes go on below the line, over the curtain.
    expect(markup).toContain('<line class="lane-line" x1="290" x2="290" y1="0" y2="220"/>');
  });
});

describe('the animated ladder SVG', () => {
  const run = buildRunModel(lostSyn());
  const input = ladderInput(run, en, 'absolute', 'Lost <SYN>', LIGHT, 480);
  const { doc } = animatedLadderSvg({ ...input, footer: '▶ lab.example/?scenario=lost-syn' });

  it('is well-formed, with the title, every segment and the link line', () => {
    const window = new Window();
    const svg = new window.DOMParser().parseFromString(doc.svg, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.querySelector('.title')?.textContent).toBe('Lost <SYN>');
    expect(svg.querySelectorAll('.segment')).toHaveLength(run.timeline.segments.length);
    expect(svg.querySelector('.footer')?.textContent).toBe('▶ lab.example/?scenario=lost-syn');
    expect(svg.querySelector('.reveal-curtain')).not.toBeNull();
    expect(doc.width).toBe(480);
  });

  it('needs nothing outside itself and runs no code', () => {
    expect(doc.svg).not.toMatch(/<script|<foreignObject|<image|<a[\s>]|@import/i);
    expect(doc.svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(doc.svg).not.toMatch(/href\s*=/i);
    // url() only ever points inside the document.
    expect([...doc.svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]?.[0])).toEqual(
      expect.arrayContaining(['#']),
    );
    expect(doc.svg).not.toMatch(/url\((?!#)/);
  });
});

describe('the GIF', () => {
  it('loops the same plan: one opaque first frame, then only what changed', () => {
    // A white picture 4 px wide: 2 rows of title, then a ladder 6 rows tall (ladder y 0 to 6).
    const width = 4;
    const height = 8;
    const data = new Uint8Array(width * height * 4).fill(255);
    const plan = {
      keys: [
        { t: 0, y: 0 },
        { t: 600, y: 6 },
      ],
      durationMs: 1000,
      height: 6,
      width,
      lanes: [1],
    };
    const bytes = revealGif({
      picture: { data, width, height },
      scale: 1,
      ladderTop: 2,
      plan,
      curtain: '#ffffff',
      line: '#1d4ed8',
      lane: '#d9dfe8',
      fps: 5,
    });
    const gif = readGif(bytes);
    expect(gif.version).toBe('GIF89a');
    expect([gif.width, gif.height]).toEqual([4, 8]);
    expect(gif.loops).toBe(0); // NETSCAPE2.0: repeat forever
    // Frames at 0, 200, 400 and 600 ms; the last rests until the loop's end.
    expect(gif.frames.map((f) => f.delayMs)).toEqual([200, 200, 200, 400]);
    expect(gif.frames.map((f) => f.transparent)).toEqual([false, true, true, true]);
    expect(gif.frames.every((f) => f.dispose === 1)).toBe(true);
  });
});
