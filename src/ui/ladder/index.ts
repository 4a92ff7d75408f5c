/** The ladder diagram: lanes, flights, state bands and timers. */
export { LadderPanel } from './LadderPanel.tsx';
