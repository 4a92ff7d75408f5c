/** The player: an XState machine that moves a cursor over a run's steps. Pure: the UI drives its clock. */
export {
  initialPlayerContext,
  isSpeed,
  type PlayerContext,
  type PlayerEvent,
  type PlayerInput,
  type PlayerState,
  type Speed,
  SPEEDS,
} from './player-context.ts';
export { playerMachine } from './player.machine.ts';
