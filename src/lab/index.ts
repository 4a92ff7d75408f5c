/**
 * The Lab's sessions as data: the log of calls and faults a user builds, the run it gives at any
 * moment, forks and undo, autosave and scenario-file import/export. Pure: no React, no storage
 * (the UI reads and writes local storage and hands the text over).
 */
export { type AttackPresetId, attackTarget } from './attackTarget.ts';
export { backlogByCursor } from './backlogSteps.ts';
export {
  type ForgedSegmentFields,
  type FormField,
  parseForgedSegment,
} from './forgedSegmentForm.ts';
export { importScenarioJson, importScenarioText, MAX_IMPORT_BYTES } from './importFile.ts';
export {
  actionsThrough,
  type FaultKind,
  FROM_THE_START,
  type LabAction,
  type LabFault,
  type LabSession,
  newSession,
  scenarioOf,
} from './labSession.ts';
export {
  initialLabState,
  type LabEvent,
  type LabNotice,
  labReducer,
  type LabState,
} from './labState.ts';
export { type EndpointNow, LAB_CALLS, machinesAt } from './machinesAt.ts';
export {
  actionTime,
  cursorThrough,
  momentAtPosition,
  momentOfCursor,
  nextIndex,
} from './moment.ts';
export { AUTOSAVE_KEY, decodeSession, encodeSession, SET_ASIDE_KEY } from './savedSession.ts';
export { scenarioFileText, toScenarioFile } from './scenarioFile.ts';
export { seconds } from './seconds.ts';
