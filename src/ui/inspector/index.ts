/** The segment inspector: every field of the selected segment. */
export { InspectorPanel } from './InspectorPanel.tsx';
