/** The SYN flood in the lab: the queue beside the diagram, forged SYNs labelled, cookies on/off. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { LAZY_VIEW_MS, renderApp } from '../../helpers/renderApp.tsx';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openFlood() {
  const app = await renderApp('?view=lab&lab=flood');
  await screen.findByRole('region', { name: 'Server SYN queue' });
  return app;
}

const queue = () => screen.getByRole('region', { name: 'Server SYN queue' });

describe('the SYN flood', () => {
  it('fills the queue with forged half-open entries, then the client’s SYN goes unanswered', async () => {
    const app = await openFlood();
    expect(within(queue()).getByText('The server is not listening yet.')).toBeInTheDocument();
    app.stepForward(2);
    expect(within(queue()).getAllByText('free')).toHaveLength(4);
    expect(within(queue()).getByText(/^SYN cookies off/)).toBeInTheDocument();
    while (!within(queue()).queryByText('4 of 4 half-open')) app.stepForward();
    const slots = within(queue()).getAllByRole('listitem');
    slots.forEach((slot, i) => {
      expect(slot.querySelector('.slot-who')?.textContent).toMatch(
        new RegExp(`^203\\.0\\.113\\.${String(i + 1)}:\\d+, SYN-RECEIVED$`),
      );
    });
    expect(within(queue()).getAllByText('forged address')).toHaveLength(4);
    expect(screen.getAllByRole('button', { name: /^SYN from 203\.0\.113\.1 / }).length).toBe(1);
    const clientLane = screen.getByRole('region', { name: /^Client side/ });
    expect(within(clientLane).getByText('CLOSED')).toBeInTheDocument();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Jump to end' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'At the end the client is CLOSED: its SYNs were never answered.',
    );
  });

  it('with SYN cookies, connects the client while the queue stays full', async () => {
    await openFlood();
    act(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'SYN cookies' }));
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Jump to end' }));
    });
    expect(within(queue()).getByText(/^SYN cookies on/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'At the end the client is ESTABLISHED: it got through.',
    );
    expect(screen.getByText(/^What a cookie loses/)).toBeInTheDocument();
  });

  it('has a TCB tab: with cookies, both sides hold a TCB at the end', async () => {
    await openFlood();
    act(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'SYN cookies' }));
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'TCB' }));
    });
    const heading = await screen.findByRole(
      'heading',
      { name: 'TCB: each side’s variables' },
      { timeout: LAZY_VIEW_MS },
    );
    const panel = heading.closest('section');
    if (panel === null) throw new Error('the panel is a section');
    const table = (side: 'Client' | 'Server') =>
      within(panel).queryByRole('table', { name: new RegExp(`^${side}`) });
    // Before the first step neither side has a connection.
    await within(panel).findAllByText('No connection yet: this side has no TCB.', undefined, {
      timeout: LAZY_VIEW_MS,
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Jump to end' }));
    });
    expect(table('Server')).not.toBeNull();
    expect(table('Client')).not.toBeNull();
    expect(within(panel).queryByText('No connection yet: this side has no TCB.')).toBeNull();
  });
});
