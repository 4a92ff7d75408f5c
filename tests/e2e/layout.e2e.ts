/**
 * The layout on the screens people hold, measured in real Chromium: on a phone the current
 * step's segment stays between the top of the screen and the player at every step; present mode
 * draws the lesson's numbers large enough for the back row; the inspector opens beside what was
 * chosen and inside the viewport; popups stay on screen; Back and Forward; the embed's height.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { buildRunModel } from '../../src/layout/index.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, screenshot, stepCount } from './helpers.ts';

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

function stepsOf(name: string): number {
  const s = builtInScenarios.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no scenario ${name}`);
  return buildRunModel(simulate(s)).schedule.count;
}

/** Waits until the page has painted twice: effects of the last render (scrolling) have run. */
async function settled(p: Page): Promise<void> {
  await p.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the current step shows on a phone: its segment (or the playhead), the ladder's box, the player. */
async function phoneView(p: Page): Promise<{
  current: Box | null;
  playhead: Box | null;
  scroll: Box;
  player: Box;
}> {
  return p.evaluate(() => {
    const box = (e: Element | null): Box | null => {
      if (e === null) return null;
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const must = (selector: string): Box => {
      const b = box(document.querySelector(selector));
      if (b === null) throw new Error(`no ${selector}`);
      return b;
    };
    return {
      current: box(document.querySelector('.ladder .segment.is-current')),
      playhead: box(document.querySelector('.ladder-overlay .playhead line')),
      scroll: must('.ladder-scroll'),
      player: must('.player-bar'),
    };
  });
}

describe('on a phone (360 x 740)', () => {
  it('keeps every step of every built-in scenario in view between the top and the player', async () => {
    let tall = 0;
    await page.setViewportSize({ width: 360, height: 740 });
    for (const s of builtInScenarios) {
      const n = stepsOf(s.name);
      await openApp(page, `?scenario=${s.name}&step=0`);
      for (let step = 1; step <= n; step++) {
        await page.keyboard.press('ArrowRight');
        await page
          .locator('.step-count', { hasText: new RegExp(`^Step ${String(step)} of ${String(n)}$`) })
          .waitFor();
        await settled(page);
        const v = await phoneView(page);
        const where = `${s.name} step ${String(step)}`;
        // The player sits wholly on screen, under the ladder's box.
        expect(v.player.bottom, where).toBeLessThanOrEqual(740.5);
        expect(v.scroll.bottom, where).toBeLessThanOrEqual(v.player.top + 0.5);
        // A segment taller than the whole box (a long delay) cannot be; then the end where the
        // step happens (the playhead) must be.
        const fits =
          v.current !== null && v.current.bottom - v.current.top <= v.scroll.bottom - v.scroll.top;
        const shown = fits ? v.current : v.playhead;
        expect(shown, where).not.toBeNull();
        if (shown === null) continue;
        expect(shown.top, where).toBeGreaterThanOrEqual(Math.max(0, v.scroll.top) - 1);
        expect(shown.bottom, where).toBeLessThanOrEqual(v.scroll.bottom + 1);
        if (v.current !== null && !fits) {
          tall++;
          // Never in the handshake or the 4-way close: there every segment is seen whole.
          expect(['basic-handshake', 'client-closes-first'], where).not.toContain(s.name);
        }
      }
    }
    // Only a few segments of the library are that long (old duplicates, held back on purpose).
    expect(tall).toBeLessThan(10);
  }, 600_000);

  it('reads the whole narration in a sheet and keeps the step beside it, in Korean', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const name of ['basic-handshake', 'client-closes-first']) {
      const n = stepsOf(name);
      await openApp(page, `?scenario=${name}&step=0&lang=ko`);
      await page.getByRole('button', { name: '이유', exact: true }).click();
      const sheet = page.locator('.sheet-why.is-open');
      await sheet.waitFor();
      for (let step = 1; step <= n; step++) {
        await page.keyboard.press('ArrowRight');
        await page
          .locator('.step-count', {
            hasText: new RegExp(`^${String(n)}단계 중 ${String(step)}단계$`),
          })
          .waitFor();
        await settled(page);
        const v = await phoneView(page);
        const where = `${name} step ${String(step)}`;
        // The sheet shows its text in full (nothing clipped), the step's segment stays above it.
        const clipped = await sheet.evaluate((e) => e.scrollHeight - e.clientHeight);
        expect(clipped, where).toBeLessThanOrEqual(1);
        const shown = v.current ?? v.playhead;
        if (shown === null) continue;
        expect(shown.top, where).toBeGreaterThanOrEqual(v.scroll.top - 0.5);
        expect(shown.bottom, where).toBeLessThanOrEqual(v.scroll.bottom + 1);
        if (name === 'basic-handshake' && step === 7) await screenshot(page, 'phone-ko-why-sheet');
      }
      expect(await sheet.locator('.narration-reason').isVisible()).toBe(true);
      await page.getByRole('button', { name: '상태', exact: true }).click();
      await page.locator('.side.is-open .state-diagram').waitFor();
      await page.getByRole('button', { name: '상태', exact: true }).click();
      await page.locator('.side.is-open').waitFor({ state: 'detached' });
    }
    await openApp(page, '?scenario=basic-handshake&step=6&lang=ko');
    await screenshot(page, 'phone-ko-handshake');
  }, 300_000);

  it('puts the Lab’s calls next to the diagram, and a tapped call leaves no note over the fields', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${inject('baseUrl')}?view=lab&lang=en`);
    await page.locator('svg.ladder').waitFor();
    // The Lab opens on its controls.
    await page.locator('.sheet-extra.is-open').waitFor();
    const connect = page
      .locator('.endpoint-card.is-client')
      .getByRole('button', { name: 'connect()' });
    const server = page
      .locator('.endpoint-card.is-server')
      .getByRole('button', { name: 'listen()' });
    // Both endpoints' calls on screen at once, above the player.
    const player = await page.locator('.player-bar').boundingBox();
    for (const call of [connect, server]) {
      const b = await call.boundingBox();
      expect(b).not.toBeNull();
      if (b === null || player === null) continue;
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(player.y);
    }
    await screenshot(page, 'phone-lab');
    await server.click();
    await page.locator('svg.ladder').waitFor();
    await page.mouse.move(0, 0);
    await settled(page);
    // After a call the note of the button that had focus is not drawn over anything.
    const shownNotes = await page.evaluate(
      () =>
        [...document.querySelectorAll('.call-note')].filter(
          (e) => getComputedStyle(e).display !== 'none',
        ).length,
    );
    expect(shownNotes).toBe(0);
  });
});

/** The height of drawn text, across its own lines (whatever its rotation), in screen pixels. */
async function textHeights(p: Page, selector: string): Promise<number[]> {
  return p.evaluate((sel) => {
    const out: number[] = [];
    for (const e of document.querySelectorAll(sel)) {
      if (e instanceof SVGGraphicsElement) {
        const ctm = e.getScreenCTM();
        const bbox = e.getBBox();
        if (ctm !== null && bbox.height > 0) out.push(bbox.height * Math.hypot(ctm.c, ctm.d));
      } else {
        const r = e.getBoundingClientRect();
        if (r.height > 0) out.push(r.height);
      }
    }
    return out;
  }, selector);
}

async function strokeWidths(p: Page): Promise<number[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll<SVGLineElement>('.ladder .seg-line')].map((line) => {
      const ctm = line.getScreenCTM();
      const scale = ctm === null ? 1 : Math.hypot(ctm.a, ctm.b);
      return parseFloat(getComputedStyle(line).strokeWidth) * scale;
    }),
  );
}

describe('present mode on a projector', () => {
  for (const size of [
    { width: 1920, height: 1080, label: 28, state: 24, stroke: 3 },
    { width: 1280, height: 720, label: (28 * 720) / 1080, state: (24 * 720) / 1080, stroke: 2 },
  ]) {
    it(`draws labels, states and arrows large at ${String(size.width)} x ${String(size.height)}`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page, '?scenario=client-closes-first&step=20&present=1');
      await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
      await page.locator('.presentation-zoom').waitFor();
      await settled(page);
      const labels = await textHeights(page, '.ladder .seg-flags, .ladder .seg-detail');
      expect(labels.length).toBeGreaterThan(3);
      expect(Math.min(...labels)).toBeGreaterThanOrEqual(size.label);
      const states = await textHeights(
        page,
        '.lane-header .state-badge [aria-hidden="true"], .ladder .band-label',
      );
      expect(states.length).toBeGreaterThan(2);
      expect(Math.min(...states)).toBeGreaterThanOrEqual(size.state);
      const strokes = await strokeWidths(page);
      expect(Math.min(...strokes)).toBeGreaterThanOrEqual(size.stroke);
      // The caption carries the headline, the arithmetic and the why.
      const caption = page.locator('.presentation-caption');
      for (const part of ['.caption-headline', '.caption-arithmetic', '.caption-reason']) {
        expect(await caption.locator(part).isVisible(), part).toBe(true);
      }
      expect(await caption.locator('.caption-arithmetic').textContent()).toContain(
        'ACK = 1001 + 100 = 1101',
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `present-${String(size.width)}x${String(size.height)}`);

      // Z zooms in, X out, 0 back to the screen's fit; the shortcut sheet says so.
      const before = Math.min(...(await textHeights(page, '.ladder .seg-flags')));
      await page.keyboard.press('z');
      await page.locator('.presentation-zoom', { hasText: 'Zoom 115%' }).waitFor();
      await settled(page);
      expect(Math.min(...(await textHeights(page, '.ladder .seg-flags')))).toBeGreaterThan(before);
      await page.keyboard.press('x');
      await page.keyboard.press('x');
      await page.locator('.presentation-zoom', { hasText: 'Zoom 87%' }).waitFor();
      await settled(page);
      expect(Math.min(...(await textHeights(page, '.ladder .seg-flags')))).toBeLessThan(before);
      await page.keyboard.press('0');
      await page.locator('.presentation-zoom', { hasText: 'Zoom 100%' }).waitFor();
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await sheet.waitFor();
      expect(await sheet.textContent()).toContain('Zoom the diagram in, out');
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await page.locator('html[data-presenting]').waitFor({ state: 'detached' });
    });
  }

  it('in Korean at 1280 x 720 too', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, '?scenario=lost-syn&step=9&present=1&lang=ko');
    await page.locator('.presentation-caption').waitFor();
    await screenshot(page, 'present-1280x720-ko');
    await page.keyboard.press('Escape');
    await page.locator('html[data-presenting]').waitFor({ state: 'detached' });
  });
});

function inside(b: Box | null, width: number, height: number): boolean {
  return (
    b !== null && b.left >= 0 && b.top >= 0 && b.right <= width + 0.5 && b.bottom <= height + 0.5
  );
}

async function boxOf(p: Page, selector: string): Promise<Box | null> {
  return p.evaluate((sel) => {
    const e = document.querySelector(sel);
    if (e === null) return null;
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }, selector);
}

const SIZES = [
  { width: 360, height: 740 },
  { width: 414, height: 896 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

describe('the segment inspector', () => {
  for (const size of SIZES) {
    it(`opens beside the chosen segment, inside the viewport, at ${String(size.width)} x ${String(size.height)}`, async () => {
      await page.setViewportSize(size);
      await openApp(page, '?scenario=lost-syn&step=19');
      for (const id of ['1', '2', '3']) {
        const segment = page.locator(`.ladder [data-segment="${id}"]`);
        await segment.locator('.seg-flags').click();
        const inspector = page.getByRole('region', { name: 'Segment inspector' });
        await inspector.getByRole('heading', { name: new RegExp(`^Segment ${id}:`) }).waitFor();
        await settled(page);
        const box = await boxOf(page, '.inspector');
        expect(inside(box, size.width, size.height), JSON.stringify(box)).toBe(true);
        if (size.width >= 1024 && box !== null) {
          // Beside the label that was clicked: touching its box, give or take the gap.
          const label = await boxOf(page, `.ladder [data-segment="${id}"] .seg-label`);
          expect(label).not.toBeNull();
          if (label === null) continue;
          const dx = Math.max(0, box.left - label.right, label.left - box.right);
          const dy = Math.max(0, box.top - label.bottom, label.top - box.bottom);
          expect(Math.min(dx, dy) <= 12 && Math.max(dx, dy) <= 12).toBe(true);
        }
      }
      if (size.width === 360) await screenshot(page, 'inspector-phone');
      if (size.width === 1280) await screenshot(page, 'inspector-laptop');
      if (size.width >= 1024) {
        // Escape closes it and gives focus back to the segment.
        await page.keyboard.press('Escape');
        await page.locator('.inspector').waitFor({ state: 'detached' });
      } else {
        // On a phone it is the sheet's panel: its button closes it.
        await page.getByRole('button', { name: 'Segment', exact: true }).click();
        await page.locator('.inspector.is-open').waitFor({ state: 'detached' });
      }
    });
  }

  it('works from the keyboard: focus opens it, Tab reaches it, Escape returns to the segment', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '?scenario=basic-handshake&step=13');
    await page.locator('.ladder [data-segment="2"]').focus();
    const inspector = page.getByRole('region', { name: 'Segment inspector' });
    await inspector.getByRole('heading', { name: /^Segment 2:/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.inspector') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await page.locator('.inspector').waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-segment') ?? null),
    ).toBe('2');
  });
});

describe('popups', () => {
  for (const size of SIZES) {
    it(`stay inside the viewport at ${String(size.width)} x ${String(size.height)}`, async () => {
      await page.setViewportSize(size);
      await openApp(page, '?scenario=basic-handshake');
      await page.locator('.scenario-button').click();
      await page.locator('.scenario-list').waitFor();
      await settled(page);
      expect(inside(await boxOf(page, '.scenario-list'), size.width, size.height)).toBe(true);
      if (size.width === 1280) await screenshot(page, 'picker-1280');
      await page.keyboard.press('Escape');
      await page.locator('.scenario-list').waitFor({ state: 'hidden' });

      for (const name of ['Share', 'Embed', 'Export', 'Glossary']) {
        await page.locator('.share-toolbar').getByRole('button', { name }).click();
        const dialog = page.locator('dialog.hl-dialog[open]');
        await dialog.waitFor();
        await settled(page);
        expect(
          inside(await boxOf(page, 'dialog.hl-dialog[open]'), size.width, size.height),
          name,
        ).toBe(true);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }

      // The Lab's notes on its calls, as a mouse shows them.
      await page.goto(`${inject('baseUrl')}?view=lab`);
      await page.locator('svg.ladder').waitFor();
      const calls = page.locator('.endpoint-card .call');
      for (let i = 0; i < (await calls.count()); i++) {
        await calls.nth(i).locator('.call-button').hover();
        const note = await calls
          .nth(i)
          .locator('.call-note')
          .evaluate((e) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          });
        expect(inside(note, size.width, size.height), `call ${String(i)}`).toBe(true);
      }
    });
  }
});

describe('history', () => {
  it('goes Back and Forward between the views, scenarios and steps the address recorded', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '?scenario=lost-syn&step=4');
    await page.getByRole('link', { name: 'Lab' }).click();
    await page.locator('.lab-view').waitFor();
    await page.goBack();
    await page.locator('.scenario-title', { hasText: 'The first SYN is lost' }).waitFor();
    expect(await stepCount(page)).toBe(`Step 4 of ${String(stepsOf('lost-syn'))}`);
    await page.goForward();
    await page.locator('.lab-view').waitFor();
    expect(page.url()).toContain('view=lab');
    await page.goBack();
    await page.locator('.scenario-title', { hasText: 'The first SYN is lost' }).waitFor();

    // Choosing a scenario is an entry of its own; Back returns to the step left behind.
    await page.keyboard.press('ArrowRight');
    expect(await stepCount(page)).toBe(`Step 5 of ${String(stepsOf('lost-syn'))}`);
    await page.locator('.scenario-button').click();
    await page
      .locator('.scenario-list')
      .getByRole('button', { name: /^The 3-way handshake/ })
      .click();
    await page.locator('.scenario-title', { hasText: 'The 3-way handshake' }).waitFor();
    await page.goBack();
    await page.locator('.scenario-title', { hasText: 'The first SYN is lost' }).waitFor();
    expect(await stepCount(page)).toBe(`Step 5 of ${String(stepsOf('lost-syn'))}`);
    await page.goForward();
    await page.locator('.scenario-title', { hasText: 'The 3-way handshake' }).waitFor();
    expect(await stepCount(page)).toBe(`Step 0 of ${String(stepsOf('basic-handshake'))}`);
  });
});

describe('the embed', () => {
  for (const width of [360, 720]) {
    it(`keeps one height while stepping through the 4-way close, ${String(width)} px wide`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${inject('baseUrl')}embed.html?scenario=client-closes-first`);
      await page.locator('svg.ladder').waitFor();
      const root = page.locator('.hl-embed');
      await root.focus();
      const height = (): Promise<number> =>
        root.evaluate((e) => Math.round(e.getBoundingClientRect().height));
      const first = await height();
      const n = stepsOf('client-closes-first');
      for (let step = 1; step <= n; step++) {
        await page.keyboard.press('ArrowRight');
        await page.locator('.step-count', { hasText: `Step ${String(step)} of` }).waitFor();
        expect(await height(), `step ${String(step)}`).toBe(first);
      }
    });
  }
});

describe('laptop workspaces (1280 x 800)', () => {
  it('shows the Lab’s controls whole, with no box scrolling inside another, and the state diagram readable', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${inject('baseUrl')}?view=lab`);
    await page.locator('svg.ladder').waitFor();
    await settled(page);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.lab-panel, .side, .lab-view, main')].map(
        (e) => e.scrollHeight - e.clientHeight,
      ),
    );
    for (const c of clipped) expect(c).toBeLessThanOrEqual(1);
    const diagram = await boxOf(page, '.state-diagram');
    expect(diagram === null ? 0 : diagram.bottom - diagram.top).toBeGreaterThanOrEqual(400);
    await screenshot(page, 'lab-1280x800');
  });

  it('brings the player into view when a conversation is chosen, with every column of the table', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${inject('baseUrl')}?view=capture&sample=client-close`);
    await page.locator('svg.ladder').waitFor();
    const table = page.locator('.capture-table-scroll');
    expect(await table.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    // Back to the table, choose the conversation again: the player comes into view.
    await page.locator('.capture-view').evaluate((e) => {
      e.scrollTop = 0;
    });
    await page.getByRole('button', { name: /Stream 0/ }).click();
    await page.waitForFunction(() => {
      const player = document.querySelector('.capture-player');
      const top = player?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 200;
    });
    const bar = await boxOf(page, '.capture-player .player-bar');
    expect(inside(bar, 1280, 800)).toBe(true);
    await screenshot(page, 'capture-1280x800');
  });
});
