/** TODO-DOC player */
export { isSpeed, type PlayerEvent, playerMachine, type Speed, SPEEDS } from './player.machine.ts';
