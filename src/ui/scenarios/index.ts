/** TODO-DOC ui/scenarios */
export { ScenarioPicker } from './ScenarioPicker.tsx';
