/**
 * The lab rendered in the whole app, with a driver that reads like the lab:
 * `lab.call('server', 'listen()').call('client', 'connect()').toEnd()`.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { LAZY_VIEW_MS, renderApp, type AppDriver } from '../../helpers/renderApp.tsx';

export interface LabDriver {
  app: AppDriver;
  card: (endpoint: 'client' | 'server') => HTMLElement;
  callButton: (endpoint: 'client' | 'server', label: string) => HTMLElement;
  call: (endpoint: 'client' | 'server', label: string) => LabDriver;
  press: (name: string | RegExp) => LabDriver;
  toEnd: () => LabDriver;
  stateIn: (endpoint: 'client' | 'server') => string;
  log: () => string[];
}

/** Opens the lab (`?view=lab` plus `extra`) and waits for its controls. */
export async function openLab(
  extra = '',
  languages: readonly string[] = ['en-US'],
): Promise<LabDriver> {
  const app = await renderApp(`?view=lab${extra}`, languages);
  await screen.findByRole('region', { name: /^(Your move|내 차례)/ }, { timeout: LAZY_VIEW_MS });
  const card = (endpoint: 'client' | 'server'): HTMLElement => {
    const el = document.querySelector<HTMLElement>(`.endpoint-card.is-${endpoint}`);
    if (el === null) throw new Error(`no ${endpoint} card`);
    return el;
  };
  const driver: LabDriver = {
    app,
    card,
    // `hidden: true` skips Testing Library's visibility walk (getComputedStyle up the tree for
    // every button), the bulk of a step's cost; the buttons are matched by role and name alike.
    callButton: (endpoint, label) =>
      within(card(endpoint)).getByRole('button', { name: label, hidden: true }),
    call: (endpoint, label) => {
      act(() => {
        fireEvent.click(driver.callButton(endpoint, label));
      });
      return driver;
    },
    press: (name) => {
      act(() => {
        fireEvent.click(screen.getByRole('button', { name }));
      });
      return driver;
    },
    toEnd: () => driver.press('Jump to end'),
    stateIn: (endpoint) => card(endpoint).querySelector('.state-badge')?.textContent ?? '',
    log: () => Array.from(document.querySelectorAll('.action-log li')).map((li) => li.textContent),
  };
  return driver;
}
