/**
 * The lab's address: a session, its step, the flood's settings and the quiz's run are written
 * into it as the student works, and opening that address reopens the same screen.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { AUTOSAVE_KEY } from '../../../src/lab/savedSession.ts';
import { packScenario } from '../../../src/links/scenarioCodec.ts';
import { readScreenAddress } from '../../../src/links/screenAddress.ts';
import { renderApp } from '../../helpers/renderApp.tsx';
import { openLab, type LabDriver } from './labApp.tsx';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const address = () => readScreenAddress(window.location.search, window.location.hash);

/** Renders the app at an address, as a fresh browser would open it. */
async function openAt(href: string): Promise<LabDriver> {
  cleanup();
  localStorage.clear();
  const url = new URL(href, window.location.href);
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  return openLab(url.search.replace(/^\?view=lab/, ''));
}

describe('a lab session in the address', () => {
  it('reopens with the same log, run and step in a fresh start', async () => {
    window.history.replaceState(null, '', '/?view=lab');
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()').toEnd();
    lab.call('client', 'send()').toEnd();
    lab.app.stepBack(2);
    const log = lab.log();
    const count = lab.app.stepCount();
    const narration = lab.app.narration();
    await waitFor(() => {
      expect(address().payload).not.toBeNull();
    });
    expect(address().view).toBe('lab');
    expect(address().step).toBe(Number(/Step (\d+)/.exec(count)?.[1]));
    const reopened = await openAt(window.location.href);
    expect(reopened.log()).toEqual(log);
    expect(reopened.app.stepCount()).toBe(count);
    expect(reopened.app.narration()).toBe(narration);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces a session of your own undoably, and a broken link keeps it', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()').toEnd();
    const own = lab.log();
    const saved = localStorage.getItem(AUTOSAVE_KEY);
    cleanup();
    const file = {
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 5, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'client', call: 'close' },
      ],
    };
    window.history.replaceState(null, '', `/?view=lab#s=${packScenario(file)}`);
    const linked = await openLab();
    expect(linked.log()).toEqual([
      't = 0.000 s: Server listen()',
      't = 0.005 s: Client connect()',
      't = 0.400 s: Client shutdown(write) / close()',
    ]);
    expect(
      screen.getByText('Opened the session from the link. Undo brings back the one you had.'),
    ).toBeInTheDocument();
    linked.press('Undo');
    expect(linked.log()).toEqual(own);

    cleanup();
    if (saved !== null) localStorage.setItem(AUTOSAVE_KEY, saved);
    window.history.replaceState(null, '', `/?view=lab#s=${packScenario({ events: 'none' })}`);
    const broken = await openLab();
    expect(broken.log()).toEqual(own);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^The session in the link could not be opened; yours is unchanged\. The scenario in the link is not valid: events/,
    );
  });
});

describe('the flood and the quiz in the address', () => {
  it('opens the SYN flood at its step with its settings', async () => {
    window.history.replaceState(null, '', '/?view=lab&lab=flood&step=44&backlog=2&cookies=1');
    const app = await renderApp('?view=lab&lab=flood&step=44&backlog=2&cookies=1');
    await screen.findByRole('region', { name: 'Server SYN queue' });
    expect(app.stepCount()).toMatch(/^Step 44 of /);
    expect(screen.getByRole('combobox', { name: /backlog/i })).toHaveValue('2');
    expect(screen.getByRole('checkbox', { name: /SYN cookies/i })).toBeChecked();
    app.stepForward();
    await waitFor(() => {
      expect(address()).toMatchObject({
        lab: 'flood',
        step: 45,
        flood: { backlog: 2, synCookies: true },
      });
    });
  });

  it('opens the quiz on the scenario it names, at its step', async () => {
    window.history.replaceState(null, '', '/?view=lab&lab=quiz&scenario=lost-syn&step=3');
    const app = await renderApp('?view=lab&lab=quiz&scenario=lost-syn&step=3');
    const picker = await screen.findByRole('combobox', { name: /quiz/i });
    expect(picker).toHaveValue('lost-syn');
    expect(app.stepCount()).toMatch(/^Step 3 of /);
    act(() => {
      fireEvent.change(picker, { target: { value: 'half-close' } });
    });
    await waitFor(() => {
      expect(address()).toMatchObject({ lab: 'quiz', scenario: 'half-close', step: 0 });
    });
  });
});
