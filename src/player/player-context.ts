/**
 * The player's data, without the machine: its speeds, context, events and input, and the
 * context it starts in. The first view reads these before the machine (and XState) has loaded.
 */
import { clampPosition, cursorAt, positionOfStep, type Schedule } from '../layout/index.ts';

/** The speeds offered, slowest first. */
export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Narrows a number to an offered speed. */
export function isSpeed(x: number): x is Speed {
  return (SPEEDS as readonly number[]).includes(x);
}

export interface PlayerContext {
  schedule: Schedule;
  position: number;
  cursor: number;
  speed: Speed;
}

/** The player's states. */
export type PlayerState = 'paused' | 'playing';

export type PlayerEvent =
  | { type: 'player.play' }
  | { type: 'player.pause' }
  | { type: 'player.toggle' }
  | { type: 'player.tick'; wallMs: number }
  | { type: 'player.stepForward' }
  | { type: 'player.stepBack' }
  | { type: 'player.restart' }
  | { type: 'player.end' }
  | { type: 'player.seek'; position: number }
  | { type: 'player.goToStep'; step: number }
  | { type: 'player.setSpeed'; speed: Speed }
  | { type: 'player.faster' }
  | { type: 'player.slower' };

export interface PlayerInput {
  schedule: Schedule;
  step?: number;
  speed?: Speed;
}

/** A position clamped to the run, and the step it falls in. */
export function playerAt(
  schedule: Schedule,
  position: number,
): { position: number; cursor: number } {
  const p = clampPosition(schedule, position);
  return { position: p, cursor: cursorAt(schedule, p) };
}

/** The context the player starts in (paused). */
export function initialPlayerContext(input: PlayerInput): PlayerContext {
  return {
    schedule: input.schedule,
    ...playerAt(input.schedule, positionOfStep(input.schedule, input.step ?? 0)),
    speed: input.speed ?? 1,
  };
}
