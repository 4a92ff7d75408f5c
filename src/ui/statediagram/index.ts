/** TODO-DOC ui/statediagram */
export { StateDiagramPanel } from './StateDiagramPanel.tsx';
