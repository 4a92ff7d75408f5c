/**
 * The lab session through the UI: forking when acting from an earlier moment (and undoing it),
 * export and import round trips, an invalid file keeping the session, and the autosave.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { parseScenarioText } from '../../../src/scenarios/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { AUTOSAVE_KEY, SET_ASIDE_KEY } from '../../../src/lab/savedSession.ts';
import { exportedText } from './exportText.ts';
import { openLab } from './labApp.tsx';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function openFile(text: string, name: string): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) throw new Error('no file input');
  const file = new File([text], name, { type: 'application/json' });
  act(() => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('acting from an earlier moment', () => {
  it('forks the run, drops the old future, and one undo brings it back', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()').toEnd();
    lab.call('client', 'send()').toEnd();
    expect(lab.log()).toEqual([
      't = 0.000 s: Server listen()',
      't = 0.000 s: Client connect()',
      't = 0.301 s: Client send() 100 bytes',
    ]);
    const withSend = lab.app.stepCount();
    // Back to just before the send: the handshake's last step, at 300 ms.
    while (!/Acting at t = 0\.300 s/.test(screen.getByText(/^Acting/).textContent)) {
      lab.app.stepBack();
    }
    lab.call('client', 'shutdown(write) / close()');
    expect(lab.log()).toEqual([
      't = 0.000 s: Server listen()',
      't = 0.000 s: Client connect()',
      't = 0.301 s: Client shutdown(write) / close()',
    ]);
    expect(
      screen.getByText(
        'You acted from an earlier moment: the run forked and 1 later action was dropped. Undo brings it back.',
      ),
    ).toBeInTheDocument();
    expect(lab.stateIn('client')).toBe('FIN-WAIT-1');
    lab.press('Undo');
    expect(lab.log()).toHaveLength(3);
    expect(lab.log()[2]).toBe('t = 0.301 s: Client send() 100 bytes');
    lab.toEnd();
    expect(lab.app.stepCount()).toBe(withSend);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true');
  }, 20_000);

  it('drops a segment in flight, selected in the diagram', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()');
    // The SYN has just left: select it and drop it.
    fireEvent.click(screen.getByRole('button', { name: /^SYN .* segment 1, Client to Server/ }));
    lab.press('Drop segment 1 (SYN) in flight');
    expect(lab.log()[2]).toBe('Network: client segment #1 dropped');
    lab.toEnd();
    expect(lab.stateIn('client')).toBe('ESTABLISHED');
    expect(
      screen.getByRole('button', {
        name: /^SYN seq \d+ len 0 lost — segment 1, .*lost by the network$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^↻ SYN .* segment 2, .*; retransmission of segment 1$/ }),
    ).toBeInTheDocument();
  });
});

describe('export and import', () => {
  it('round-trips: the imported file replays the same run, and exports the same file', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()');
    lab.press('Drop the client’s next segment');
    lab.call('client', 'connect()').toEnd();
    lab.call('server', 'send()').toEnd();
    const first = await exportedText();
    const parsed = parseScenarioText(first);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.scenario.network.drop).toEqual([{ from: 'client', index: 1 }]);
    const steps = /of (\d+)/.exec(lab.app.stepCount())?.[1];
    lab.press('Start over');
    expect(lab.log()).toEqual([]);
    openFile(first, 'lab-session.json');
    await screen.findByText('Opened lab-session.json.');
    expect(lab.app.stepCount()).toBe(`Step 0 of ${steps ?? ''}`);
    const second = await exportedText();
    expect(second).toBe(first);
    const again = parseScenarioText(second);
    if (!again.ok) throw new Error('re-export is invalid');
    expect(simulate(again.scenario)).toEqual(simulate(parsed.scenario));
  });

  it('opens a file dropped anywhere on the lab', async () => {
    const lab = await openLab();
    const text = JSON.stringify({
      name: 'dropped',
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
      ],
    });
    const area = document.querySelector('.lab-drive');
    if (area === null) throw new Error('no drop area');
    const file = new File([text], 'dropped.json', { type: 'application/json' });
    act(() => {
      fireEvent.dragOver(area, { dataTransfer: { types: ['Files'], files: [file] } });
    });
    expect(screen.getByText('Drop the scenario file to open it in the lab')).toBeInTheDocument();
    act(() => {
      fireEvent.drop(area, { dataTransfer: { types: ['Files'], files: [file] } });
    });
    await screen.findByText('Opened dropped.json.');
    expect(lab.log()).toEqual(['t = 0.000 s: Server listen()', 't = 0.010 s: Client connect()']);
  });

  it('keeps the session when a file is invalid, and says where and why', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()');
    openFile(
      JSON.stringify({ events: [{ t: 0, endpoint: 'server', call: 'listne' }] }),
      'typo.json',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('typo.json could not be opened; your session is unchanged:');
    expect(alert).toHaveTextContent(
      'events[0].call: expected one of listen, connect, send, close, abort',
    );
    expect(lab.log()).toEqual(['t = 0.000 s: Server listen()']);
    openFile('{"events": [', 'cut.json');
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(
        /cut\.json could not be opened.*not valid JSON/,
      );
    });
    expect(lab.stateIn('server')).toBe('LISTEN');
  });
});

describe('the autosave', () => {
  it('brings the session back after a reload', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()');
    expect(localStorage.getItem(AUTOSAVE_KEY)).not.toBeNull();
    lab.app.result.unmount();
    const again = await openLab();
    expect(again.log()).toEqual(['t = 0.000 s: Server listen()', 't = 0.000 s: Client connect()']);
    expect(again.stateIn('client')).toBe('SYN-SENT');
  });

  it('survives a corrupted save: a new session, a message saying why, the save set aside', async () => {
    const broken = '{"version": 1, "scenario": {}, "actions": "lots"';
    localStorage.setItem(AUTOSAVE_KEY, broken);
    const lab = await openLab();
    expect(
      screen.getByText(
        /^The saved session could not be restored \(the save is damaged: it is not JSON\)/,
      ),
    ).toBeInTheDocument();
    // Kept for download, and no longer where the next load would read it again.
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe(broken);
    expect(screen.getByRole('button', { name: 'Download the saved session' })).toBeInTheDocument();
    expect(lab.log()).toEqual([]);
    lab.call('server', 'listen()');
    expect(lab.stateIn('server')).toBe('LISTEN');
    expect(localStorage.getItem(AUTOSAVE_KEY)).not.toBe(broken);
  });

  it('sets aside a save whose run the lab could not drive, with a message that says why', async () => {
    // A valid save whose run is far past the lab's budget (every byte its own segment).
    const heavy = JSON.stringify({
      version: 1,
      scenario: { server: { window: 1, windowScale: null, mss: 65495 }, events: [] },
      actions: [
        { kind: 'call', t: 0, endpoint: 'server', call: 'listen' },
        { kind: 'call', t: 0, endpoint: 'client', call: 'connect' },
        { kind: 'call', t: 500, endpoint: 'client', call: 'send', bytes: 5000 },
      ],
      moment: -1,
    });
    localStorage.setItem(AUTOSAVE_KEY, heavy);
    await openLab();
    expect(
      screen.getByText(/^The saved session could not be restored \(the run would send about/),
    ).toBeInTheDocument();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe(heavy);
  });

  it('words a save of the wrong shape without an empty place', async () => {
    localStorage.setItem(AUTOSAVE_KEY, '"just text"');
    await openLab();
    const notice = screen.getByText(/^The saved session could not be restored/);
    expect(notice.textContent).toContain(
      '(it is not a save this version of Handshake Lab can read); it is set aside',
    );
  });
});
