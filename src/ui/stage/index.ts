/** The stage: one run's player with its ladder, narration, state diagram and inspector. */
export { ScenarioView } from './ScenarioView.tsx';
export { FULL_PANELS } from './stagePanels.ts';
