/** The narration: the current step's sentence, its arithmetic and its rule. */
export { NarrationPanel } from './NarrationPanel.tsx';
export { NarrationTicker } from './NarrationTicker.tsx';
