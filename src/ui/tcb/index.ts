/**
 * Each endpoint's TCB at the player's step and its sequence space as a line: a panel loaded
 * only when opened, with its words and its data.
 */
export { TcbSlot } from './TcbSlot.tsx';
