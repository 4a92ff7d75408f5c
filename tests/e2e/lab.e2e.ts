/**
 * The lab in real Chromium: a full session driving both endpoints through open, data, half-close
 * and close with one dropped segment; the SYN flood with and without cookies; the quiz on a
 * phone; an invalid file; accessibility; screenshots at phone and laptop size, in both languages.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { laneState, openApp, screenshot, seriousViolations } from './helpers.ts';

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

const card = (endpoint: 'client' | 'server'): Locator =>
  page.locator(`.endpoint-card.is-${endpoint}`);

async function call(endpoint: 'client' | 'server', label: string): Promise<void> {
  await card(endpoint).getByRole('button', { name: label, exact: true }).click();
}

async function toEnd(): Promise<void> {
  await page.getByRole('button', { name: 'Jump to end' }).click();
}

async function noSidewaysOverflow(): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the lab in Chromium', () => {
  it('drives both endpoints through open, data, half-close and close, with one dropped SYN', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?view=lab');
    await page.evaluate(() => {
      localStorage.clear();
    });
    await openApp(page, '?view=lab');
    expect(await page.getByRole('link', { name: 'Lab' }).getAttribute('aria-current')).toBe('page');

    await call('server', 'listen()');
    await page.getByRole('button', { name: 'Drop the client’s next segment' }).click();
    await page.getByText('The client’s segment #1 will be dropped.').waitFor();
    await call('client', 'connect()');
    await toEnd();
    expect(await laneState(page, 'Client')).toBe('ESTABLISHED');
    expect(await laneState(page, 'Server')).toBe('ESTABLISHED');
    expect(await page.locator('svg.ladder .drop-mark').count()).toBe(1);
    expect(await page.locator('svg.ladder .seg-flags', { hasText: '↻ SYN' }).count()).toBe(1);

    // Data, then the client half-closes and the server keeps sending.
    await call('client', 'send()');
    await toEnd();
    await call('client', 'shutdown(write) / close()');
    await toEnd();
    expect(await laneState(page, 'Client')).toBe('FIN-WAIT-2');
    expect(await laneState(page, 'Server')).toBe('CLOSE-WAIT');
    const connect = card('client').getByRole('button', { name: 'connect()', exact: true });
    // A refused call says why on hover (and on keyboard focus, or a tap on a touch screen).
    await connect.hover();
    const why = connect.locator('xpath=following-sibling::*[@role="tooltip"]');
    await why.waitFor({ state: 'visible' });
    expect(await why.textContent()).toBe(
      'connect() needs CLOSED or LISTEN; the client is FIN-WAIT-2.',
    );
    await card('server').getByLabel(/Bytes/).fill('300');
    await call('server', 'send()');
    await toEnd();
    expect(await laneState(page, 'Client')).toBe('FIN-WAIT-2');
    const afterHalfClose = await page.locator('svg.ladder .seg-flags').allTextContents();
    expect(afterHalfClose.slice(-2)).toEqual(['PSH+ACK', 'ACK']);

    // The server closes; the client waits 2 MSL in TIME-WAIT, fast-forwarded.
    await call('server', 'shutdown(write) / close()');
    expect(await laneState(page, 'Server')).toBe('LAST-ACK');
    while ((await laneState(page, 'Client')) !== 'TIME-WAIT') {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    await screenshot(page, 'lab-laptop-drive');
    const skip = page.getByRole('button', { name: /^Fast-forward to the client’s 2 MSL expiry/ });
    await skip.click();
    expect(await laneState(page, 'Client')).toBe('CLOSED');
    expect(await card('client').locator('.state-badge').textContent()).toBe('CLOSED');
    // 2 MSL was the last thing to happen: the run is over, both sides closed.
    expect(await page.getByRole('button', { name: 'Jump to end' }).isDisabled()).toBe(true);
    expect(await laneState(page, 'Server')).toBe('CLOSED');
    await noSidewaysOverflow();

    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);

    // The session survives a reload, at phone size and in Korean too.
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, '?view=lab');
    expect(await page.locator('.action-log li').count()).toBe(7);
    await page.locator('.lab-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'lab-phone-drive');
    await noSidewaysOverflow();
    await openApp(page, '?view=lab&lang=ko');
    await page.getByRole('region', { name: /^내 차례/ }).waitFor();
    await screenshot(page, 'lab-phone-drive-ko');
    await noSidewaysOverflow();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?view=lab&lang=ko');
    await screenshot(page, 'lab-laptop-drive-ko');
  });

  it('keeps the session when an invalid file is opened, and says where and why', async () => {
    await openApp(page, '?view=lab');
    const before = await page.locator('.action-log li').count();
    const dir = mkdtempSync(join(tmpdir(), 'lab-import-'));
    const path = join(dir, 'typo.json');
    writeFileSync(path, JSON.stringify({ events: [{ t: 0, endpoint: 'server', call: 'listne' }] }));
    await page.locator('input[type="file"]').setInputFiles(path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'events[0].call: expected one of listen, connect, send, close, abort',
    );
    expect(await page.locator('.action-log li').count()).toBe(before);
  });

  it('floods the SYN queue: the client is never answered; with cookies it connects', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, '?view=lab&lab=flood');
    const queue = page.getByRole('region', { name: 'Server SYN queue' });
    while (!(await queue.getByText('4 of 4 half-open').isVisible())) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    expect(await queue.getByText('forged address').count()).toBe(4);
    expect(
      await page.locator('svg.ladder .seg-flags', { hasText: 'SYN from 203.0.113.1' }).count(),
    ).toBe(1);
    // On to the client's first SYN being dropped at the full queue.
    const narration = page.locator('[aria-live="polite"]');
    const clock = page.locator('.player-status .clock');
    while (
      !/queue is full/.test((await narration.textContent()) ?? '') ||
      (await clock.textContent()) !== 't = 0.600 s'
    ) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    await page.waitForTimeout(200);
    await screenshot(page, 'lab-laptop-flood');
    await toEnd();
    await page
      .getByText('At the end the client is CLOSED: its SYNs were never answered.')
      .waitFor();
    expect(await laneState(page, 'Client')).toBe('CLOSED');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);

    await page.getByRole('checkbox', { name: 'SYN cookies' }).check();
    while ((await laneState(page, 'Server')) !== 'ESTABLISHED') {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    expect(await queue.getByText('4 of 4 half-open').isVisible()).toBe(true);
    expect(await page.locator('[aria-live="polite"]').textContent()).toMatch(/valid cookie/);
    await screenshot(page, 'lab-laptop-flood-cookies');
    await toEnd();
    await page.getByText('At the end the client is ESTABLISHED: it got through.').waitFor();

    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, '?view=lab&lab=flood&lang=ko');
    for (let i = 0; i < 16; i++) await page.getByRole('button', { name: '한 단계 앞으로' }).click();
    await page.getByRole('region', { name: '서버 SYN 큐' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'lab-phone-flood-ko');
    await noSidewaysOverflow();
  });

  it('runs the quiz on a phone: predict, check, reveal, score', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, '?view=lab&lab=quiz');
    await page.getByRole('combobox', { name: 'Quiz on' }).selectOption('basic-handshake');
    await page.getByRole('button', { name: 'Show the question' }).click();
    await page.getByRole('group', { name: 'Next state' }).getByText('LISTEN').click();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('group', { name: 'Next state' }).getByText('SYN-SENT').click();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('group', { name: 'Flags' }).getByText('SYN', { exact: true }).click();
    await page.getByRole('group', { name: 'SEQ' }).getByText('1001').click();
    await page.getByRole('group', { name: 'ACK' }).getByText('— (no ACK flag)').click();
    await screenshot(page, 'lab-phone-quiz-question');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(/SEQ: Not quite: it is 1000/).waitFor();
    await page.locator('.quiz-feedback').scrollIntoViewIfNeeded();
    await screenshot(page, 'lab-phone-quiz-feedback');
    await noSidewaysOverflow();
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Finish and see the score' }).first().click();
    await page.getByText('Done: 4 right out of 5 predictions.').waitFor();
    await screenshot(page, 'lab-phone-quiz-score');
  });

  it('has no serious accessibility violations in the dark theme', async () => {
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      const p = await dark.context.newPage();
      await p.setViewportSize({ width: 1366, height: 768 });
      for (const mode of ['', '&lab=flood', '&lab=quiz']) {
        await openApp(p, `?view=lab${mode}`);
        // Segments on the diagram (an empty one has nothing to focus in its scroll box).
        if (mode === '') {
          await p
            .locator('.endpoint-card.is-server')
            .getByRole('button', { name: 'listen()' })
            .click();
          await p
            .locator('.endpoint-card.is-client')
            .getByRole('button', { name: 'connect()' })
            .click();
        } else {
          for (let i = 0; i < 6; i++) await p.getByRole('button', { name: 'Step forward' }).click();
        }
        const violations = await seriousViolations(p);
        expect(violations, JSON.stringify(violations)).toEqual([]);
      }
      await screenshot(p, 'lab-laptop-quiz-dark');
    } finally {
      await dark.close();
    }
  });
});
