/** The player: an XState machine that moves a cursor over a run's steps. Pure: the UI drives its clock. */
export { isSpeed, type PlayerEvent, playerMachine, type Speed, SPEEDS } from './player.machine.ts';
