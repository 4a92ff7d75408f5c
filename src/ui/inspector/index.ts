/** TODO-DOC ui/inspector */
export { InspectorPanel } from './InspectorPanel.tsx';
