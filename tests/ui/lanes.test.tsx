import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/renderApp.tsx';

/** The step (1-based) at which the n-th event matching `pred` happens in a rendered run. */
async function stepWhere(search: string, pred: (narration: string) => boolean): Promise<number> {
  const app = await renderApp(search);
  try {
    for (let i = 1; i < 60; i++) {
      if (pred(app.stepForward().narration())) return i;
    }
    throw new Error('no such step');
  } finally {
    app.result.unmount();
  }
}

describe('lanes', () => {
  it('labels the two lanes Client and Server and shows each state as it changes', async () => {
    const app = await renderApp();
    expect(screen.getByRole('region', { name: /^Client/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Server/ })).toBeInTheDocument();
    expect(app.stateOf('Client')).toBe('CLOSED');
    expect(app.stateOf('Server')).toBe('LISTEN');
    app.stepForward(3);
    expect(app.stateOf('Client')).toBe('SYN-SENT');
    app.key('End');
    expect(app.stateOf('Client')).toBe('CLOSED');
    expect(app.stateOf('Server')).toBe('CLOSED');
  });

  it('shows running timers with a countdown', async () => {
    const app = await renderApp();
    app.stepForward(2);
    const client = screen.getByRole('region', { name: /^Client/ });
    const timers = within(client).getByRole('list', { name: 'Timers' });
    expect(timers.textContent).toMatch(/^RTO 1\.0 sec left$/);
    app.stepBack(2);
    expect(within(client).queryByRole('list', { name: 'Timers' })).toBeNull();
  });

  it('names the 2 MSL timer in TIME-WAIT', async () => {
    const at = await stepWhere('', (n) => /moves FIN-WAIT-2 → TIME-WAIT/.test(n));
    const app = await renderApp(`?step=${String(at)}`);
    const client = screen.getByRole('region', { name: /^Client/ });
    expect(within(client).getByRole('list', { name: 'Timers' }).textContent).toMatch(
      /^2 MSL 4 min left$/,
    );
    expect(app.stateOf('Client')).toBe('TIME-WAIT');
  });

  it('draws each sent segment as a focusable arrow with its flags and numbers', async () => {
    const app = await renderApp();
    app.stepForward(2);
    const segs = screen.getAllByRole('button', { name: /— segment \d/ });
    expect(segs).toHaveLength(1);
    expect(segs[0]).toHaveAccessibleName(
      'SYN seq 1000 len 0 — segment 1, Client to Server; in flight',
    );
    expect(segs[0]?.textContent).toContain('SYN');
    expect(segs[0]?.textContent).toContain('seq 1000 len 0');
    app.key('End');
    const all = screen.getAllByRole('button', { name: /— segment \d/ });
    expect(all).toHaveLength(9);
    expect(all[1]).toHaveAccessibleName(
      'SYN+ACK seq 5000 ack 1001 len 0 — segment 2, Server to Client',
    );
  });

  it('marks a lost segment and a retransmission in words, not only colour', async () => {
    const app = await renderApp('?scenario=lost-syn');
    app.key('End');
    const lost = screen.getByRole('button', { name: /— segment 1,/ });
    expect(lost).toHaveAccessibleName(/lost by the network/);
    expect(lost.textContent).toContain('lost');
    expect(lost.querySelector('.seg-line.lost')).not.toBeNull();
    const again = screen.getByRole('button', { name: /— segment 2,/ });
    expect(again).toHaveAccessibleName(/retransmission of segment 1/);
    expect(again.textContent).toContain('↻ SYN');
  });

  it('labels the compressed idle stretch with its timer', async () => {
    const app = await renderApp('?scenario=lost-syn');
    app.key('End');
    expect(screen.getByText('950 ms idle (RTO)')).toBeInTheDocument();
    app.result.unmount();
    const full = await renderApp();
    full.key('End');
    expect(screen.getAllByText('2 MSL = 4 min, compressed').length).toBeGreaterThan(0);
  });

  it('moves between segments with the arrow keys once one has focus', async () => {
    const app = await renderApp();
    app.key('End');
    const first = screen.getByRole('button', { name: /— segment 1,/ });
    act(() => {
      first.focus();
    });
    act(() => {
      fireEvent.keyDown(first, { key: 'ArrowDown' });
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /— segment 2,/ }));
  });
});
