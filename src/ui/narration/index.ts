/** TODO-DOC ui/narration */
export { NarrationPanel } from './NarrationPanel.tsx';
export { NarrationTicker } from './NarrationTicker.tsx';
