/**
 * What a link opens at start: the built-in library, plus the custom scenario the link's fragment
 * carries (`#s=1.<data>`), or a problem to tell the user about while the default scenario shows.
 */
import type { LinkProblem } from '../i18n/index.ts';
import type { LocalizedText, RunProgress, Scenario, Trace } from '../sim/index.ts';
import type { ScenarioLibrary, ScenarioTexts } from '../scenarios/index.ts';
import { loadChunk } from './loadChunk.ts';
import { loadLinkedScenario } from './loadLinkedScenario.ts';
import type { LinkedScenarioResult, ReadLinkedScenario } from './linkedScenario.ts';

/** The library name of a scenario that came in a link (no built-in name can look like it). */
export const LINKED_SCENARIO_KEY = '~link';
/** The fragment parameter that carries a scenario. */
export const PAYLOAD_PARAM = 's';
/** A fragment longer than this is refused before it is even parsed. */
const MAX_FRAGMENT_CHARS = 16_100;

/**
 * The scenario payload of a fragment (`#s=...`), or null when it carries none. An overlong
 * fragment is passed on whole, unparsed, for unpacking to refuse as too long.
 */
export function payloadOf(hash: string): string | null {
  if (hash.length > MAX_FRAGMENT_CHARS) return hash;
  return new URLSearchParams(hash.replace(/^#/, '')).get(PAYLOAD_PARAM);
}

/** The library with the linked scenario added and made the default. */
export function withLinkedScenario(
  library: ScenarioLibrary,
  scenario: Scenario,
  trace: Trace,
): ScenarioLibrary {
  const withLinked = (lang: keyof LocalizedText, texts: ScenarioTexts): ScenarioTexts => ({
    [LINKED_SCENARIO_KEY]: { title: scenario.title[lang], description: scenario.description[lang] },
    ...texts,
  });
  return {
    names: [LINKED_SCENARIO_KEY, ...library.names],
    defaultName: LINKED_SCENARIO_KEY,
    texts: async (lang) => withLinked(lang, await library.texts(lang)),
    textsLoaded: (lang) => {
      const texts = library.textsLoaded(lang);
      return texts === null ? null : withLinked(lang, texts);
    },
    load: (name) => (name === LINKED_SCENARIO_KEY ? Promise.resolve(trace) : library.load(name)),
    loaded: (name) => (name === LINKED_SCENARIO_KEY ? trace : library.loaded(name)),
  };
}

/** The library to start with and the problem (if any) the link had. */
export interface StartLink {
  library: ScenarioLibrary;
  problem: LinkProblem | null;
}

/** A link's scenario, read, validated and estimated, for a `LinkRun` to run. */
export interface LinkedScenario extends ReadLinkedScenario {
  /** Runs it on this thread in slices, awaiting `pause` between them; null when cancelled. */
  runInSlices: (
    pause: (progress: RunProgress) => Promise<boolean>,
  ) => Promise<LinkedScenarioResult | null>;
}

/**
 * How an entry runs a link's scenario (links/ is pure and runs nothing on its own clock): off
 * the page in a worker, or on it in slices, with its progress on screen and a Cancel.
 */
export type LinkRun = (linked: LinkedScenario) => Promise<LinkedScenarioResult>;

/**
 * Reads the link the app was opened with. A scenario in the link is run by `run`; without one
 * (Node: tests, the bench) it runs here, on this thread.
 */
export async function openStartLink(
  library: ScenarioLibrary,
  location: { search: string; hash: string },
  run?: LinkRun,
): Promise<StartLink> {
  const payload = payloadOf(location.hash);
  const named = new URLSearchParams(location.search).get('scenario');
  if (payload === null || named !== null) {
    const known = named === null || library.names.includes(named);
    return {
      library,
      problem: known ? null : { kind: 'unknown-scenario', name: named.slice(0, 80) },
    };
  }
  const linked = await loadChunk(loadLinkedScenario);
  const read = linked.readLinkedScenario(payload);
  if (!read.ok) return { library, problem: read.problem };
  const opened =
    run === undefined
      ? linked.runLinkedHere(read)
      : await run({ ...read, runInSlices: (pause) => linked.runLinkedInSlices(read, pause) });
  if (!opened.ok) return { library, problem: opened.problem };
  return { library: withLinkedScenario(library, opened.scenario, opened.trace), problem: null };
}
