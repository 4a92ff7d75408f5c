/** TODO-DOC ui/ladder */
export { LadderPanel } from './LadderPanel.tsx';
