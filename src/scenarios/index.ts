/** Scenario files: the schema and the built-in library. */
export {
  formatPath,
  issueText,
  parseScenario,
  parseScenarioText,
  type ScenarioFile,
  type ScenarioResult,
  type SchemaLang,
} from './schema.ts';
export { decodeScenarioBytes } from './decodeText.ts';
export { firstErrors } from './errorList.ts';
export {
  builtInScenarioFiles,
  builtInScenarios,
  DEFAULT_SCENARIO_NAME,
  getScenario,
} from './library.ts';
export { normalizeScenario } from './normalize.ts';
export type { ScenarioLibrary, ScenarioTexts } from './scenario-library.ts';
