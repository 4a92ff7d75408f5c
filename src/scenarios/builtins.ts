/**
 * The built-in library without the validator: the app's first load imports this entry, so zod
 * is fetched only when a user's file or link must be validated (through index.ts).
 */
export {
  builtInScenarioFiles,
  builtInScenarios,
  DEFAULT_SCENARIO_NAME,
  getScenario,
} from './library.ts';
export { normalizeScenario } from './normalize.ts';
export { builtInLibrary } from './built-in-library.ts';
export type { ScenarioInfo, ScenarioLibrary } from './scenario-library.ts';
