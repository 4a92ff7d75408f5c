import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
});
afterAll(async () => { await browser.close(); });
const heavy = {
  title: { en: 'A heavy transfer' },
  client: { mss: 536 },
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
    { t: 500, endpoint: 'client', call: 'send', bytes: 2_600_000 },
  ],
};
it('profile', async () => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await page.goto(`${inject('baseUrl')}#s=${packScenario(heavy)}`);
  await page.locator('svg.ladder').waitFor({ timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop');
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/tmp/embed.cpuprofile', JSON.stringify(profile));
}, 120000);
it.skip('probe', async () => {
  for (const url of [`${inject('baseUrl')}#s=${packScenario(heavy)}`, `${inject('baseUrl')}embed.html#s=${packScenario(heavy)}`, `${inject('baseUrl')}`]) {
    const t0 = Date.now();
    await page.goto(url);
    await page.locator('svg.ladder').waitFor({ timeout: 60000 });
    console.log('nodes', await page.evaluate(() => { const c = new Map(); for (const e of document.querySelectorAll('*')) { const k = e.tagName + '.' + (e.getAttribute('class') ?? '').split(' ')[0]; c.set(k, (c.get(k) ?? 0) + 1); } return JSON.stringify([...c].sort((a, b) => b[1] - a[1]).slice(0, 12)); }));
    console.log(url.slice(0, 60), 'ms', Date.now() - t0, JSON.stringify(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
  }
}, 120000);
