import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../helpers/renderApp.tsx';
import { handshakeDataClose, lostSyn } from '../helpers/traces.ts';

/** Steps in a fixture: every event but timer starts and stops. */
const stepsIn = (events: { type: string; action?: string }[]): number =>
  events.filter((e) => e.type !== 'timer' || e.action === 'expire').length;
const N = stepsIn(handshakeDataClose().events);
const N_LOST = stepsIn(lostSyn().events);

describe('player', () => {
  it('names every control for assistive tech', async () => {
    await renderApp();
    for (const name of ['Play', 'Step forward', 'Step back', 'Restart', 'Jump to end']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Position in the run' })).toBeInTheDocument();
  });

  it('steps forward one event at a time and back exactly', async () => {
    const app = await renderApp();
    expect(app.stepCount()).toBe(`Step 0 of ${N}`);
    const seen: string[] = [app.narration()];
    for (let i = 0; i < 6; i++) seen.push(app.stepForward().narration());
    expect(app.stepCount()).toBe(`Step 6 of ${N}`);
    expect(seen[2]).toMatch(/Client sends SYN to Server: SEQ 1000, LEN 0/);
    for (let i = 5; i >= 0; i--) {
      expect(app.stepBack().narration()).toBe(seen[i]);
    }
    expect(app.stepCount()).toBe(`Step 0 of ${N}`);
  });

  it('toggles Play and Pause, and advances while playing', async () => {
    const app = await renderApp();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await waitFor(
      () => {
        expect(app.stepCount()).not.toBe(`Step 0 of ${N}`);
      },
      { timeout: 3000 },
    );
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('jumps to the end and restarts', async () => {
    const app = await renderApp();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Jump to end' }));
    });
    expect(app.stepCount()).toBe(`Step ${N} of ${N}`);
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    });
    expect(app.stepCount()).toBe(`Step 0 of ${N}`);
  });

  it('answers the keyboard: arrows, PageUp/PageDown, Home/End, Space, +/-', async () => {
    const app = await renderApp();
    app.key('ArrowRight').key('ArrowRight').key('PageDown');
    expect(app.stepCount()).toBe(`Step 3 of ${N}`);
    app.key('ArrowLeft').key('PageUp');
    expect(app.stepCount()).toBe(`Step 1 of ${N}`);
    app.key('End');
    expect(app.stepCount()).toBe(`Step ${N} of ${N}`);
    app.key('Home');
    expect(app.stepCount()).toBe(`Step 0 of ${N}`);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveValue('1');
    app.key('+').key('+');
    expect(speed).toHaveValue('2');
    app.key('-').key('-').key('-').key('-').key('-');
    expect(speed).toHaveValue('0.25');
    app.key(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    app.key(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('leaves keys typed into form fields alone', async () => {
    const app = await renderApp();
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    act(() => {
      fireEvent.keyDown(speed, { key: 'ArrowRight' });
    });
    expect(app.stepCount()).toBe(`Step 0 of ${N}`);
  });

  it('steps with the scrubber’s arrow keys', async () => {
    const app = await renderApp();
    const slider = screen.getByRole('slider', { name: 'Position in the run' });
    act(() => {
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
    });
    act(() => {
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
    });
    expect(app.stepCount()).toBe(`Step 2 of ${N}`);
    expect(slider).toHaveAttribute('aria-valuetext', `Step 2 of ${N}, t = 0.000 s`);
  });

  it('opens a scenario at the step given in the link', async () => {
    const app = await renderApp('?scenario=lost-syn&step=4');
    expect(app.stepCount()).toBe(`Step 4 of ${N_LOST}`);
    expect(app.narration()).toMatch(/The network loses the client’s SYN/);
  });

  it('keeps the address bar on the step it rests on', async () => {
    const app = await renderApp('?scenario=lost-syn');
    app.stepForward(3);
    expect(window.location.search).toContain('scenario=lost-syn');
    expect(window.location.search).toContain('step=3');
  });
});
