/** Scenario files: the schema and the built-in library. */
export {
  formatPath,
  parseScenario,
  parseScenarioText,
  scenarioFileSchema,
  type ScenarioFile,
  type ScenarioResult,
} from './schema.ts';
export {
  builtInScenarioFiles,
  builtInScenarios,
  DEFAULT_SCENARIO_NAME,
  getScenario,
} from './library.ts';
export { normalizeScenario } from './normalize.ts';
export type { ValidScenarioFile } from './schema.ts';
export type { ScenarioInfo, ScenarioLibrary } from './scenario-library.ts';
