/**
 * Renders the whole app over hand-written traces, with a small driver for the player that reads
 * like the UI: `app.stepForward(3).expectNarration(/SYN\+ACK/)`.
 */
import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
  type RenderResult,
} from '@testing-library/react';
import { App } from '../../src/ui/shell/App.tsx';
import { textsIn, type ScenarioLibrary } from '../../src/scenarios/scenario-library.ts';
import { getScenario } from '../../src/scenarios/index.ts';
import { simulate, type Trace } from '../../src/sim/index.ts';
import { handshakeDataClose, lostSyn, simultaneousClose } from './traces.ts';
import { TOUR_SEEN_KEY } from '../../src/ui/tour/tourStorage.ts';

const FIXTURES: Record<string, { trace: () => Trace; en: string; ko: string }> = {
  handshake: {
    trace: handshakeDataClose,
    en: 'Handshake, data and close',
    ko: '핸드셰이크, 데이터, 종료',
  },
  'lost-syn': { trace: lostSyn, en: 'Lost SYN', ko: 'SYN 유실' },
  'simultaneous-close': { trace: simultaneousClose, en: 'Simultaneous close', ko: '동시 종료' },
  // A trace the core simulated, so its reasons carry real codes and parameters.
  'simulated-handshake': {
    trace: () => {
      const scenario = getScenario('basic-handshake');
      if (scenario === undefined) throw new Error('basic-handshake is a built-in scenario');
      return simulate(scenario);
    },
    en: 'Simulated handshake',
    ko: '시뮬레이션한 핸드셰이크',
  },
  // A connect refused by a RST, simulated: the state diagram names its cause.
  'simulated-refused': {
    trace: () => {
      const scenario = getScenario('syn-to-closed-port');
      if (scenario === undefined) throw new Error('syn-to-closed-port is a built-in scenario');
      return simulate(scenario);
    },
    en: 'Simulated refusal',
    ko: '시뮬레이션한 연결 거부',
  },
};

/** A scenario library over the fixtures, every trace already loaded (as the app's first one is). */
export function fixtureLibrary(): ScenarioLibrary {
  const traces = new Map<string, Trace>();
  const loaded = (name: string): Trace | null => {
    const fixture = FIXTURES[name];
    if (fixture === undefined) return null;
    const trace = traces.get(name) ?? fixture.trace();
    traces.set(name, trace);
    return trace;
  };
  const infos = Object.entries(FIXTURES).map(([name, f]) => ({
    name,
    title: { en: f.en, ko: f.ko },
    description: { en: `${f.en}: a fixture.`, ko: `${f.ko}: 테스트용 트레이스.` },
  }));
  return {
    names: infos.map((s) => s.name),
    texts: (lang) => Promise.resolve(textsIn(infos, lang)),
    textsLoaded: (lang) => textsIn(infos, lang),
    defaultName: 'handshake',
    loaded,
    load: (name) => Promise.resolve(loaded(name)),
  };
}

export interface AppDriver {
  result: RenderResult;
  stepForward: (times?: number) => AppDriver;
  stepBack: (times?: number) => AppDriver;
  key: (key: string) => AppDriver;
  narration: () => string;
  stateOf: (endpoint: 'Client' | 'Server') => string;
  stepCount: () => string;
}

/**
 * How long to wait for a view's first render. A lazily loaded view (the Lab, the capture view)
 * first has Vitest transform its whole chunk, which takes seconds on a busy 2-core machine; the
 * wait ends as soon as the view is there, so only a view that never comes costs the full time.
 */
export const LAZY_VIEW_MS = 20_000;

/**
 * Waits until every player on the page has its machine (loaded after the first paint; until
 * then its region is busy and it keeps what it is sent).
 */
export async function waitForPlayers(): Promise<void> {
  await waitFor(
    () => {
      for (const bar of document.querySelectorAll('.player-bar')) {
        expect(bar).toHaveAttribute('aria-busy', 'false');
      }
    },
    { timeout: LAZY_VIEW_MS },
  );
}

/**
 * Renders the app at `search` (e.g. "?scenario=lost-syn&step=3") and returns a driver. The
 * browser has seen the first-run tour unless `firstRun` asks for a browser that has not.
 */
export async function renderApp(
  search = '',
  languages: readonly string[] = ['en-US'],
  { firstRun = false }: { firstRun?: boolean } = {},
): Promise<AppDriver> {
  if (firstRun) window.localStorage.removeItem(TOUR_SEEN_KEY);
  else window.localStorage.setItem(TOUR_SEEN_KEY, '1');
  const result = render(<App library={fixtureLibrary()} search={search} languages={languages} />);
  await screen.findByRole(
    'group',
    { name: /time-space diagram|시간-공간 다이어그램/i },
    { timeout: LAZY_VIEW_MS },
  );
  await waitForPlayers();
  const press = (name: RegExp, times: number): void => {
    for (let i = 0; i < times; i++) {
      act(() => {
        fireEvent.click(screen.getByRole('button', { name }));
      });
    }
  };
  const driver: AppDriver = {
    result,
    stepForward: (times = 1) => {
      press(/^(step forward|한 단계 앞으로)$/i, times);
      return driver;
    },
    stepBack: (times = 1) => {
      press(/^(step back|한 단계 뒤로)$/i, times);
      return driver;
    },
    key: (key) => {
      act(() => {
        fireEvent.keyDown(document.body, { key });
      });
      return driver;
    },
    narration: () => {
      const region = document.querySelector('[aria-live="polite"]');
      return region?.textContent ?? '';
    },
    stateOf: (endpoint) => {
      const lane = screen.getByRole('region', { name: new RegExp(`^${endpoint}`) });
      return within(lane).getByText(/^[A-Z]+(-[A-Z0-9]+)*$/).textContent;
    },
    stepCount: () => document.querySelector('.step-count')?.textContent ?? '',
  };
  return driver;
}
