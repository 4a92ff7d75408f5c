/** The RFC 9293 state diagram, drawn from the endpoint machine. */
export { StateDiagramPanel } from './StateDiagramPanel.tsx';
