/**
 * The lab's socket calls are enabled exactly when the endpoint's machine takes the call, and a
 * refused one says which states it needs. Checked against the core's Simulation at every step
 * of a session, and against RFC 9293 §3.10 for the states a connection passes through.
 */
import { screen } from '@testing-library/react';
import { parseScenario } from '../../../src/scenarios/index.ts';
import {
  Simulation,
  type CallName,
  type EndpointId,
  type TcpStateName,
} from '../../../src/sim/index.ts';
import { exportedText } from './exportText.ts';
import { openLab, type LabDriver } from './labApp.tsx';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const LABELS: Record<CallName, string> = {
  listen: 'listen()',
  connect: 'connect()',
  send: 'send()',
  close: 'shutdown(write) / close()',
  abort: 'abort() (RST)',
};
const CALLS = Object.keys(LABELS) as CallName[];

/** RFC 9293 §3.10.1-3.10.5: which calls a connection in each state takes (the sockets API). */
const RFC_ACCEPTS: Partial<Record<TcpStateName, CallName[]>> = {
  CLOSED: ['listen', 'connect'],
  LISTEN: ['connect', 'close', 'abort'],
  'SYN-SENT': ['send', 'close', 'abort'],
  'SYN-RECEIVED': ['send', 'close', 'abort'],
  ESTABLISHED: ['send', 'close', 'abort'],
  'FIN-WAIT-1': ['abort'],
  'FIN-WAIT-2': ['abort'],
  'CLOSE-WAIT': ['send', 'close', 'abort'],
  'LAST-ACK': ['abort'],
  'TIME-WAIT': ['abort'],
};

function enabled(lab: LabDriver, endpoint: EndpointId): CallName[] {
  return CALLS.filter(
    (c) => lab.callButton(endpoint, LABELS[c]).getAttribute('aria-disabled') === 'false',
  );
}

describe('the lab’s socket calls', () => {
  it('start with listen() and connect() on both closed endpoints, the rest refused with a reason', async () => {
    const lab = await openLab();
    expect(enabled(lab, 'client')).toEqual(['listen', 'connect']);
    expect(enabled(lab, 'server')).toEqual(['listen', 'connect']);
    expect(lab.callButton('client', 'send()')).toHaveAccessibleDescription(
      'send() needs SYN-SENT, SYN-RECEIVED, ESTABLISHED or CLOSE-WAIT; the client is CLOSED.',
    );
    expect(lab.callButton('client', 'connect()')).toHaveAccessibleDescription(
      'Active open: send a SYN.',
    );
  });

  it('say “connect() needs CLOSED or LISTEN; the client is ESTABLISHED” once connected', async () => {
    const lab = await openLab();
    lab.call('server', 'listen()').call('client', 'connect()').toEnd();
    expect(lab.stateIn('client')).toBe('ESTABLISHED');
    expect(lab.callButton('client', 'connect()')).toHaveAttribute('aria-disabled', 'true');
    expect(lab.callButton('client', 'connect()')).toHaveAccessibleDescription(
      'connect() needs CLOSED or LISTEN; the client is ESTABLISHED.',
    );
    expect(lab.callButton('server', 'listen()')).toHaveAccessibleDescription(
      'listen() needs CLOSED; the server is ESTABLISHED.',
    );
  });

  it('give focus back to the control that was used, once the run restarts', async () => {
    const lab = await openLab();
    const listen = lab.callButton('server', 'listen()');
    listen.focus();
    lab.call('server', 'listen()');
    expect(document.activeElement).not.toBe(listen);
    expect(document.activeElement).toBe(lab.callButton('server', 'listen()'));
    expect(lab.stateIn('server')).toBe('LISTEN');
  });

  it('do nothing when pressed while refused', async () => {
    const lab = await openLab();
    lab.call('client', 'send()');
    expect(lab.log()).toEqual([]);
    expect(lab.app.stepCount()).toBe('Step 0 of 0');
  });

  // Walks every step of a session (over 20), re-rendering the lab at each and replaying the
  // core to compare: a few seconds of CPU on an idle 2-core machine, so it gets a budget that a
  // loaded machine cannot exhaust; the budget only bounds a hang.
  it(
    'match the machine, and RFC 9293, at every step of an open, data and close',
    { timeout: 60_000 },
    async () => {
      const lab = await openLab();
      lab.call('server', 'listen()').call('client', 'connect()').toEnd();
      lab.call('client', 'send()').toEnd();
      lab.call('client', 'shutdown(write) / close()').toEnd();
      lab.press(/^Restart$/);
      const file = JSON.parse(await exportedText()) as {
        events: { t: number; endpoint: EndpointId; call: CallName; bytes?: number }[];
      };
      const scenarioEvents = file.events;
      const total = Number(/of (\d+)/.exec(lab.app.stepCount())?.[1]);
      expect(total).toBeGreaterThan(20);
      const seen = new Set<string>();
      for (let step = 0; step <= total; step++) {
        if (step > 0) lab.app.stepForward();
        const acting = screen.getByText(/^Acting at|^Acting before/).textContent;
        const seconds = /t = ([\d.]+)/.exec(acting)?.[1];
        const moment = seconds === undefined ? -1 : Math.round(Number(seconds) * 1000);
        const parsed = parseScenario({
          ...file,
          events: scenarioEvents.filter((e) => e.t <= moment),
        });
        if (!parsed.ok) throw new Error(parsed.errors.join());
        const sim = new Simulation(parsed.scenario);
        if (moment >= 0) sim.runUntil(moment);
        for (const endpoint of ['client', 'server'] as const) {
          const state = sim.stateOf(endpoint);
          expect(lab.stateIn(endpoint)).toBe(state);
          const offered = enabled(lab, endpoint);
          expect(offered).toEqual(CALLS.filter((c) => sim.can(endpoint, c)));
          const rfc = RFC_ACCEPTS[state];
          if (rfc !== undefined) expect(offered).toEqual(rfc);
          seen.add(state);
        }
      }
      expect([...seen].sort()).toEqual(
        [
          'CLOSED',
          'LISTEN',
          'SYN-SENT',
          'SYN-RECEIVED',
          'ESTABLISHED',
          'FIN-WAIT-1',
          'FIN-WAIT-2',
          'CLOSE-WAIT',
        ].sort(),
      );
    },
  );
});
