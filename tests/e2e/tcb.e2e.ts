/**
 * The TCB panel and the sequence line in real Chromium, on a 360 px phone and a 1280 px laptop:
 * one tap opens it, it follows the player both ways, and a custom scenario whose ISN is
 * 4294967200 draws its line across 2^32 with the wrap marked. Screenshots under
 * test-results/screenshots/tcb-*.png.
 */
import type { Page } from 'playwright-core';
import { buildRunModel } from '../../src/layout/index.ts';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { getScenario, parseScenario } from '../../src/scenarios/index.ts';
import { simulate, type Scenario } from '../../src/sim/index.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { openApp, screenshot, seriousViolations } from './helpers.ts';

const WRAP = {
  name: 'wrap',
  title: { en: 'Across 2^32', ko: '2^32 넘어가기' },
  client: { isn: 4294967200 },
  server: { isn: 5000 },
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
    { t: 400, endpoint: 'client', call: 'send', bytes: 300 },
  ],
};

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

/** The player step at which the first segment `from` sent with exactly `flags` does `what`. */
function stepOf(scenario: Scenario, flags: string, what: 'send' | 'deliver'): number {
  const { timeline } = buildRunModel(simulate(scenario));
  const index = timeline.steps.findIndex((s) => {
    const e = s.event;
    if (e.type !== what) return false;
    const send = e.type === 'send' ? e : timeline.sends.get(e.id);
    return send?.flags.join('+') === flags;
  });
  expect(index).toBeGreaterThan(-1);
  return index + 1;
}

function builtIn(name: string): Scenario {
  const s = getScenario(name);
  if (s === undefined) throw new Error(`no ${name}`);
  return s;
}

function wrapScenario(): Scenario {
  const parsed = parseScenario(WRAP);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

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

async function openTcb(p: Page): Promise<void> {
  const tab = p.getByRole('button', { name: 'TCB', exact: true });
  await tab.click();
  await p.getByRole('heading', { name: 'TCB: each side’s variables' }).waitFor();
  expect(await tab.getAttribute('aria-expanded')).toBe('true');
}

/** The shown value of a variable in one side's table. */
async function valueOf(p: Page, side: 'Client' | 'Server', variable: string): Promise<string> {
  const table = p.getByRole('table', { name: new RegExp(`^${side}`) });
  const row = table.getByRole('row').filter({ has: p.getByRole('rowheader', { name: variable }) });
  return (await row.locator('.tcb-now').textContent()) ?? '';
}

describe.each(SIZES)('the TCB panel at $width x $height', (size) => {
  beforeAll(async () => {
    await page.setViewportSize({ width: size.width, height: size.height });
  });

  it('opens in one tap at the SYN+ACK’s arrival and follows the player both ways', async () => {
    const step = stepOf(builtIn('basic-handshake'), 'SYN+ACK', 'deliver');
    await openApp(page, `?scenario=basic-handshake&step=${String(step)}`);
    await openTcb(page);
    // ISS 1000, IRS 5000: SND.UNA = SND.NXT = ISS + 1, RCV.NXT = IRS + 1.
    expect(await valueOf(page, 'Client', 'SND.UNA')).toBe('1001');
    expect(await valueOf(page, 'Client', 'SND.NXT')).toBe('1001');
    expect(await valueOf(page, 'Client', 'RCV.NXT')).toBe('5001');
    const panel = page.locator('.tcb-panel');
    expect(await panel.textContent()).toContain('changed, was 1000');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(size.width);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `tcb-${size.name}`);

    await page.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => valueOf(page, 'Client', 'SND.UNA')).toBe('1000');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => valueOf(page, 'Client', 'SND.UNA')).toBe('1001');
  });

  it('opens from the keyboard and says there is no connection before the first step', async () => {
    await openApp(page, '?scenario=basic-handshake&step=0');
    const tab = page.getByRole('button', { name: 'TCB', exact: true });
    await tab.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'TCB: each side’s variables' }).waitFor();
    const empty = page.getByText('No connection yet: this side has no TCB.');
    await empty.first().waitFor();
    expect(await empty.count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('draws the sequence line across 2^32 for ISN 4294967200 (a custom scenario in a link)', async () => {
    const step = stepOf(wrapScenario(), 'PSH+ACK', 'send');
    await openApp(page, `?step=${String(step)}#s=${packScenario(WRAP)}`);
    await openTcb(page);
    // 4294967201 + 300 = 2^32 + 205.
    expect(await valueOf(page, 'Client', 'ISS')).toBe('4294967200');
    expect(await valueOf(page, 'Client', 'SND.NXT')).toBe('205');
    const line = page.locator('.seq-line[data-from="client"]');
    await line.scrollIntoViewIfNeeded();
    const text = (await line.textContent()) ?? '';
    expect(text).toContain('this segment: [4294967201, 205).');
    expect(text).toContain('The numbers pass 2³² and start again at 0');
    expect(await line.locator('.seq-wrap').count()).toBe(1);
    const svg = await line.locator('svg').boundingBox();
    expect(svg?.width ?? 0).toBeLessThanOrEqual(size.width);
    await screenshot(page, `tcb-wrap-${size.name}`);
  });
});

describe('the TCB panel in Korean on a phone', () => {
  it('shows the client after the SYN+ACK in Korean words, with the change marked', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const step = stepOf(builtIn('basic-handshake'), 'SYN+ACK', 'deliver');
    await openApp(page, `?scenario=basic-handshake&step=${String(step)}&lang=ko`);
    await page.getByRole('button', { name: 'TCB', exact: true }).click();
    await page.getByRole('heading', { name: 'TCB: 양쪽의 변수' }).waitFor();
    const client = page.getByRole('table', { name: /^클라이언트/ });
    const una = client
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'SND.UNA' }) });
    expect(await una.locator('.tcb-now').textContent()).toBe('1001');
    expect(await una.textContent()).toContain('바뀜, 이전 값 1000');
    expect(await client.textContent()).toContain('이쪽이 다음에 보낼 순서 번호');
    const panel = page.locator('.tcb-panel');
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'tcb-ko-phone');
  });
});
