/** TODO-DOC ui/stage */
export { ScenarioView } from './ScenarioView.tsx';
