/**
 * The built-in library's data: what the picker lists, and each scenario's trace. Here they are
 * computed by the simulator (the development server and the tests use this module as it is);
 * `npm run build` evaluates this module at build time and ships its values instead
 * (scripts/vite/precomputed.ts): the names as data, the titles and descriptions as a data chunk
 * per language, and each trace as a data chunk of its own, loaded when its scenario is chosen.
 * So the page never runs the simulator, nor loads it or XState, for a built-in scenario, a
 * reader loads the scenarios' texts in their own language only, and the shipped traces are the
 * simulator's own, fresh at every build.
 */
import { simulate, type LocalizedText, type Trace } from '../sim/index.ts';
import { builtInScenarios, DEFAULT_SCENARIO_NAME } from './library.ts';
import { textsIn, type ScenarioTexts } from './scenario-library.ts';

/** Every built-in scenario's name, in the picker's order. */
export const builtInNames: readonly string[] = builtInScenarios.map((s) => s.name);

/** The scenario the app opens with. */
export const builtInDefaultName: string = DEFAULT_SCENARIO_NAME;

/** The built-in scenarios' titles and descriptions: one data chunk per language in the build. */
export const builtInTexts: Readonly<Record<keyof LocalizedText, () => Promise<ScenarioTexts>>> = {
  en: () => Promise.resolve(textsIn(builtInScenarios, 'en')),
  ko: () => Promise.resolve(textsIn(builtInScenarios, 'ko')),
};

/** Each built-in scenario's trace, by name: one data chunk each in the build. */
export const builtInTraces: Readonly<Record<string, () => Promise<Trace>>> = Object.fromEntries(
  builtInScenarios.map((s) => [s.name, () => Promise.resolve(simulate(s))]),
);
