/** Choosing a built-in scenario. */
export { ScenarioPicker } from './ScenarioPicker.tsx';
