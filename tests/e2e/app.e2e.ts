/**
 * The built app in real headless Chromium: scenarios, playback, stepping, states and labels,
 * the keyboard, accessibility (axe-core) and screenshots at phone, laptop and projector sizes.
 */
import type { Page } from 'playwright-core';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { buildRunModel } from '../../src/layout/index.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import {
  laneState,
  narration,
  openApp,
  screenshot,
  seriousViolations,
  stepCount,
} from './helpers.ts';

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

/** How many steps the player makes of a built-in scenario. */
function stepsOf(name: string): number {
  const s = builtInScenarios.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no scenario ${name}`);
  return buildRunModel(simulate(s)).schedule.count;
}

describe('Handshake Lab in Chromium', () => {
  it('opens on the default scenario with both lanes labelled', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    // A fresh browser on the bare address gets the first-run tour (firstrun.e2e.ts); Escape skips.
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.title()).toMatch(/Handshake Lab/);
    expect(await page.getByRole('region', { name: /^Client/ }).count()).toBe(1);
    expect(await page.getByRole('region', { name: /^Server/ }).count()).toBe(1);
    expect(await stepCount(page)).toMatch(/^Step 0 of \d+$/);
    expect(await laneState(page, 'Client')).toBe('CLOSED');
  });

  it('picks every built-in scenario from the picker, with its title and description', async () => {
    await openApp(page);
    for (const s of builtInScenarios) {
      await page.getByRole('button', { name: /Scenario/ }).click();
      const list = page.getByRole('list', { name: 'Choose a scenario' });
      await list.getByRole('button', { name: new RegExp(`^${escape(s.title.en)}`) }).click();
      await page.locator('.narration-description', { hasText: s.description.en }).waitFor();
      expect(await page.locator('.scenario-title').textContent()).toBe(s.title.en);
      expect(await stepCount(page)).toBe(
        `Step 0 of ${String(buildRunModel(simulate(s)).schedule.count)}`,
      );
    }
  });

  it('plays: segments fly, steps advance, and Pause stops it', async () => {
    await openApp(page, '?scenario=basic-handshake');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('.ladder-overlay .flight').first().waitFor();
    const cx1 = Number(
      await page.locator('.ladder-overlay .flight circle').first().getAttribute('cx'),
    );
    await page.waitForTimeout(250);
    const cx2 = Number(
      await page.locator('.ladder-overlay .flight circle').first().getAttribute('cx'),
    );
    expect(cx2).not.toBe(cx1);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await stepCount(page);
    await page.waitForTimeout(400);
    expect(await stepCount(page)).toBe(paused);
    expect(paused).not.toBe(`Step 0 of ${String(stepsOf('basic-handshake'))}`);
  });

  it('steps forward and back exactly, with states and labels as the core computed them', async () => {
    await openApp(page, '?scenario=client-closes-first');
    const scenario = builtInScenarios.find((s) => s.name === 'client-closes-first');
    if (scenario === undefined) throw new Error('missing scenario');
    const run = buildRunModel(simulate(scenario));
    const texts: string[] = [await narration(page)];
    for (let i = 1; i <= 12; i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
      texts.push(await narration(page));
      expect(await stepCount(page)).toBe(`Step ${String(i)} of ${String(run.schedule.count)}`);
      const cp = run.checkpoints[i];
      expect(await laneState(page, 'Client')).toBe(cp?.client.state);
      expect(await laneState(page, 'Server')).toBe(cp?.server.state);
    }
    for (let i = 11; i >= 0; i--) {
      await page.getByRole('button', { name: 'Step back' }).click();
      expect(await narration(page)).toBe(texts[i]);
    }
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await laneState(page, 'Client')).toBe('CLOSED');
    const labels = await page.locator('svg.ladder .seg-flags').allTextContents();
    expect(labels.slice(0, 3)).toEqual(['SYN', 'SYN+ACK', 'ACK']);
    expect(labels).toContain('FIN+ACK');
    const details = await page.locator('svg.ladder .seg-detail').allTextContents();
    expect(details[1]).toMatch(/^seq \d+ ack \d+ len 0$/);
    expect(await page.getByText('2 MSL = 4 min, compressed').count()).toBeGreaterThan(0);
  });

  it('shows a lost SYN, its retransmission, and the compressed RTO', async () => {
    await openApp(page, '?scenario=lost-syn');
    await page.keyboard.press('End');
    await page.locator('svg.ladder .drop-mark').first().waitFor();
    expect(await page.locator('svg.ladder .drop-mark text').first().textContent()).toBe('lost');
    expect(
      await page.locator('svg.ladder .seg-flags', { hasText: '↻ SYN' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText(/idle \(RTO\)/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /— segment 2,/ }).click();
    const inspector = page.getByRole('region', { name: 'Segment inspector' });
    await inspector.getByText(/retransmission of segment 1/).waitFor();
  });

  it('answers the keyboard, including what slide clickers send', async () => {
    await openApp(page, '?scenario=basic-handshake');
    const n = String(stepsOf('basic-handshake'));
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await stepCount(page)).toBe(`Step 2 of ${n}`);
    await page.keyboard.press('PageUp');
    expect(await stepCount(page)).toBe(`Step 1 of ${n}`);
    await page.keyboard.press('End');
    expect(await stepCount(page)).toBe(`Step ${n} of ${n}`);
    await page.keyboard.press('Home');
    expect(await stepCount(page)).toBe(`Step 0 of ${n}`);
    await page.keyboard.press('+');
    expect(await page.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('1.5');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // Every control is reachable with Tab.
    const names: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent ??
            '',
        ),
      );
    }
    for (const name of ['Restart', 'Play', 'Position in the run']) expect(names).toContain(name);
  });

  it('opens the link ?scenario=NAME&step=N at that step', async () => {
    await openApp(page, '?scenario=simultaneous-close&step=9');
    expect(await stepCount(page)).toMatch(/^Step 9 of /);
  });

  it('has no serious accessibility violations (axe-core), in English and Korean, light and dark', async () => {
    for (const query of [
      '?scenario=lost-syn&step=6',
      '?scenario=client-closes-first&step=20&lang=ko',
    ]) {
      await openApp(page, query);
      await page.getByRole('button', { name: /— (segment|세그먼트) 1,/ }).click();
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations)).toEqual([]);
    }
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      const p = await dark.context.newPage();
      await openApp(p, '?scenario=lost-syn&step=8');
      const violations = await seriousViolations(p);
      expect(violations, JSON.stringify(violations)).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('turns flights into discrete steps when the system asks for reduced motion', async () => {
    const scenario = builtInScenarios.find((s) => s.name === 'basic-handshake');
    if (scenario === undefined) throw new Error('missing scenario');
    const { schedule } = buildRunModel(simulate(scenario));
    // Half-way between the first send's dwell and the next step: a segment is mid-flight.
    const c = 2;
    const mid = ((schedule.dwellEnds[c] ?? 0) + (schedule.starts[c + 1] ?? 0)) / 2;
    const playheadAndStep = async (p: Page): Promise<[number, number]> => {
      await p.locator('.scrubber').fill(String(mid));
      const transform =
        (await p.locator('.ladder-overlay .playhead').getAttribute('transform')) ?? '';
      const y = Number(/translate\(0 ([\d.]+)\)/.exec(transform)?.[1]);
      const stepY = Number(await p.locator('.ladder-overlay .band rect').first().getAttribute('y'));
      return [y, stepY];
    };
    await openApp(page, '?scenario=basic-handshake');
    const [y, stepY] = await playheadAndStep(page);
    // Mid-flight the playhead has left the step's line (by a few pixels at least: how many
    // depends on the ladder's height), while with reduced motion it stays on it.
    expect(y - stepY).toBeGreaterThan(2);
    const reduced = await launchBrowser({ reducedMotion: 'reduce' });
    try {
      const p = await reduced.context.newPage();
      await openApp(p, '?scenario=basic-handshake');
      const [ry, rStepY] = await playheadAndStep(p);
      expect(ry).toBeCloseTo(rStepY, 0);
    } finally {
      await reduced.close();
    }
  });

  it('saves screenshots at phone, laptop and projector sizes', async () => {
    const sizes = [
      { name: 'phone', width: 360, height: 740 },
      { name: 'laptop', width: 1366, height: 768 },
      { name: 'projector', width: 1920, height: 1080 },
    ];
    const views = [
      { name: 'close', query: '?scenario=client-closes-first&step=30' },
      { name: 'lost-syn', query: '?scenario=lost-syn&step=14' },
      { name: 'simultaneous-close', query: '?scenario=simultaneous-close&step=20' },
      { name: 'ko', query: '?scenario=client-closes-first&step=12&lang=ko' },
      { name: 'reordered', query: '?scenario=reordered-segments&step=40' },
      { name: 'transfer-64k', query: '?scenario=transfer-64k&step=150&lang=ko' },
    ];
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const view of views) {
        await openApp(page, view.query);
        await page.waitForTimeout(150);
        await screenshot(page, `${size.name}-${view.name}`);
        // Nothing sticks out sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
    }
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      const p = await dark.context.newPage();
      await p.setViewportSize({ width: 1366, height: 768 });
      await openApp(p, '?scenario=lost-syn&step=14');
      await screenshot(p, 'laptop-dark-lost-syn');
      await p.setViewportSize({ width: 360, height: 740 });
      await openApp(p, '?scenario=simultaneous-close&step=20');
      await screenshot(p, 'phone-dark-simultaneous-close');
    } finally {
      await dark.close();
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
