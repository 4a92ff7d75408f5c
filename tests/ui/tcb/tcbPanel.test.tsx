/**
 * The TCB panel over the simulated basic handshake (client ISN 1000, server ISN 5000): it opens
 * from its tab, follows the player both ways, marks what a step changed with the value before,
 * and switches to relative numbers with the app.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { buildTimeline } from '../../../src/layout/index.ts';
import { getScenario } from '../../../src/scenarios/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { LAZY_VIEW_MS, renderApp, type AppDriver } from '../../helpers/renderApp.tsx';

/** The player step at which the SYN+ACK reaches the client, from the simulated trace. */
function synAckArrivalStep(): number {
  const scenario = getScenario('basic-handshake');
  if (scenario === undefined) throw new Error('basic-handshake is built in');
  const timeline = buildTimeline(simulate(scenario));
  const index = timeline.steps.findIndex(
    (s) =>
      s.event.type === 'deliver' && timeline.sends.get(s.event.id)?.flags.join('+') === 'SYN+ACK',
  );
  expect(index).toBeGreaterThan(-1);
  return index + 1;
}

async function openPanel(): Promise<{ app: AppDriver; panel: HTMLElement }> {
  const app = await renderApp('?scenario=simulated-handshake');
  const tab = screen.getByRole('button', { name: 'TCB' });
  expect(tab).toHaveAttribute('aria-expanded', 'false');
  act(() => {
    fireEvent.click(tab);
  });
  expect(tab).toHaveAttribute('aria-expanded', 'true');
  const heading = await screen.findByRole(
    'heading',
    { name: 'TCB: each side’s variables' },
    { timeout: LAZY_VIEW_MS },
  );
  const panel = heading.closest('section');
  if (panel === null) throw new Error('the panel is a section');
  await within(panel).findAllByText('No connection yet: this side has no TCB.', undefined, {
    timeout: LAZY_VIEW_MS,
  });
  return { app, panel };
}

function row(panel: HTMLElement, side: 'Client' | 'Server', name: string): HTMLElement {
  const table = within(panel).getByRole('table', { name: new RegExp(`^${side}`) });
  const header = within(table).getByRole('rowheader', { name });
  const tr = header.closest('tr');
  if (tr === null) throw new Error(`no row ${name}`);
  return tr;
}

const valueOf = (tr: HTMLElement): string => tr.querySelector('.tcb-now')?.textContent ?? '';

describe('the TCB panel', () => {
  it('says there is no connection before the first step, instead of zeros', async () => {
    const { panel } = await openPanel();
    expect(within(panel).getAllByText('No connection yet: this side has no TCB.')).toHaveLength(2);
    expect(within(panel).queryByRole('table')).toBeNull();
  });

  it('shows the client after the SYN+ACK: SND.UNA = SND.NXT = 1001, RCV.NXT = 5001, changes marked', async () => {
    const { app, panel } = await openPanel();
    app.stepForward(synAckArrivalStep());
    const una = row(panel, 'Client', 'SND.UNA');
    expect(valueOf(una)).toBe('1001');
    expect(una).toHaveTextContent('changed, was 1000');
    expect(valueOf(row(panel, 'Client', 'SND.NXT'))).toBe('1001');
    expect(row(panel, 'Client', 'SND.NXT')).not.toHaveTextContent('changed');
    const rcv = row(panel, 'Client', 'RCV.NXT');
    expect(valueOf(rcv)).toBe('5001');
    expect(rcv).toHaveTextContent('changed, was not yet known');
    expect(row(panel, 'Client', 'SND.NXT')).toHaveTextContent(
      'the next sequence number this side will send',
    );
    // The SYN+ACK acknowledges 1001: the client line's ACK marker says so in words.
    expect(panel).toHaveTextContent('The ACK points at the next byte expected, 1001.');
  });

  it('follows the player back a step', async () => {
    const { app, panel } = await openPanel();
    app.stepForward(synAckArrivalStep());
    app.stepBack();
    expect(valueOf(row(panel, 'Client', 'SND.UNA'))).toBe('1000');
    expect(within(row(panel, 'Client', 'RCV.NXT')).getByText('not yet known')).toBeInTheDocument();
  });

  it('shows relative numbers with the app-wide switch', async () => {
    const { app, panel } = await openPanel();
    app.stepForward(synAckArrivalStep());
    act(() => {
      fireEvent.click(screen.getByRole('radio', { name: 'Relative' }));
    });
    expect(valueOf(row(panel, 'Client', 'ISS'))).toBe('0');
    expect(valueOf(row(panel, 'Client', 'SND.UNA'))).toBe('1');
    expect(valueOf(row(panel, 'Client', 'RCV.NXT'))).toBe('1');
  });

  it('says so when a run carries no TCB values', async () => {
    await renderApp('?scenario=lost-syn');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'TCB' }));
    });
    expect(
      await screen.findByText('This run carries no TCB values.', undefined, {
        timeout: LAZY_VIEW_MS,
      }),
    ).toBeInTheDocument();
  });
});
