/** The player machine's actor, started: its own chunk, with XState, loaded after the first paint. */
import { createActor } from 'xstate';
import { playerMachine, type PlayerInput } from '../../player/index.ts';
import type { StartedPlayer } from './lazyPlayer.ts';

export function startPlayer(input: PlayerInput): StartedPlayer {
  return createActor(playerMachine, { input }).start();
}
