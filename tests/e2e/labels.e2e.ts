/**
 * Dense runs stay legible: in every built-in scenario, at a phone's, a laptop's and a
 * projector's width, no two segment labels drawn on the ladder overlap. Measured on the rendered
 * text (each line's box in its own rotated frame, compared with the separating-axis test), at
 * the last step, where every segment is drawn.
 */
import type { Page } from 'playwright-core';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { buildRunModel } from '../../src/layout/index.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, screenshot } from './helpers.ts';

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
});

afterAll(async () => {
  await browser.close();
});

interface Overlap {
  a: string;
  b: string;
  depth: number;
}

/**
 * Every pair of text boxes of different segments that overlap by more than half a pixel, in
 * the ladder's own coordinates. Runs in the page.
 */
function overlapsInPage(): Overlap[] {
  type P = { x: number; y: number };
  const quads: { owner: string; text: string; corners: P[] }[] = [];
  const svg = document.querySelector<SVGSVGElement>('svg.ladder');
  if (svg === null) return [];
  const root = svg.getScreenCTM();
  if (root === null) return [];
  const toSvg = root.inverse();
  for (const text of svg.querySelectorAll<SVGTextElement>(
    '.segment .seg-label text, .segment .drop-mark text, .burst .burst-label text',
  )) {
    const holder = text.closest('[data-segment], [data-burst]');
    const owner =
      holder?.getAttribute('data-segment') ?? `burst ${holder?.getAttribute('data-burst') ?? '?'}`;
    const m = text.getScreenCTM();
    const content = text.textContent;
    if (m === null || content.trim() === '') continue;
    const local = toSvg.multiply(m);
    const b = text.getBBox();
    const corners = [
      { x: b.x, y: b.y },
      { x: b.x + b.width, y: b.y },
      { x: b.x + b.width, y: b.y + b.height },
      { x: b.x, y: b.y + b.height },
    ].map((p) => new DOMPoint(p.x, p.y).matrixTransform(local));
    quads.push({ owner, text: content, corners });
  }
  const depthOn = (a: P[], b: P[]): number => {
    let min = Infinity;
    for (const poly of [a, b]) {
      for (let i = 0; i < poly.length; i++) {
        const p = poly[i] as P;
        const q = poly[(i + 1) % poly.length] as P;
        const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const axis = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
        const proj = (ps: P[]): [number, number] => {
          const v = ps.map((c) => c.x * axis.x + c.y * axis.y);
          return [Math.min(...v), Math.max(...v)];
        };
        const [a0, a1] = proj(a);
        const [b0, b1] = proj(b);
        min = Math.min(min, Math.min(a1, b1) - Math.max(a0, b0));
      }
    }
    return min;
  };
  const out: Overlap[] = [];
  for (let i = 0; i < quads.length; i++) {
    for (let j = i + 1; j < quads.length; j++) {
      const a = quads[i];
      const b = quads[j];
      if (a === undefined || b === undefined || a.owner === b.owner) continue;
      const depth = depthOn(a.corners, b.corners);
      if (depth > 0.5) {
        out.push({ a: `#${a.owner} ${a.text}`, b: `#${b.owner} ${b.text}`, depth });
      }
    }
  }
  return out;
}

const WIDTHS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
];

describe('segment labels', () => {
  for (const size of WIDTHS) {
    it(`never overlap in any built-in scenario at ${String(size.width)} px`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const found: { scenario: string; overlaps: Overlap[] }[] = [];
      for (const s of builtInScenarios) {
        const last = buildRunModel(simulate(s)).schedule.count;
        await openApp(page, `?scenario=${s.name}&step=${String(last)}`);
        await page.locator('.step-count', { hasText: `Step ${String(last)} of` }).waitFor();
        const overlaps = await page.evaluate(overlapsInPage);
        if (overlaps.length > 0) found.push({ scenario: s.name, overlaps });
      }
      expect(found).toEqual([]);
    });
  }

  it('draws the 64 KB transfer so its pattern reads (screenshots)', async () => {
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page, '?scenario=transfer-64k&step=60');
      await screenshot(page, `${size.name}-transfer-64k-dense`);
    }
    // One fan, one label each way: the 44 data segments and their 44 ACKs.
    expect(await page.locator('.burst-label').count()).toBe(2);
    expect(await page.locator('.burst').first().getAttribute('data-count')).toBe('44');
    // Selecting a member shows its own label, and the burst's steps aside.
    await page.locator('.segment.in-burst').nth(5).focus();
    expect(await page.locator('.segment.in-burst.is-selected .seg-label').count()).toBe(1);
    expect(await page.locator('.burst-label').count()).toBe(1);
    await screenshot(page, 'projector-transfer-64k-selected');
  });

  it('explains every mark in the legend opened from the ladder, in both languages', async () => {
    for (const [lang, button, size] of [
      ['en', 'Marks', { width: 1280, height: 800 }],
      ['ko', '표시', { width: 360, height: 740 }],
    ] as const) {
      await page.setViewportSize(size);
      await openApp(page, `?scenario=lost-syn&step=4&lang=${lang}`);
      await page.locator('#ladder').getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.locator('.legend-item').count()).toBe(10);
      expect(await dialog.locator('.legend-sample .timer-time-wait').count()).toBe(1);
      expect(await dialog.locator('.legend-sample .break').count()).toBe(1);
      expect(await dialog.locator('.legend-sample .drop-mark').count()).toBe(1);
      const box = await dialog.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= size.width).toBe(true);
      await screenshot(page, `legend-${lang}-${String(size.width)}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });
});
