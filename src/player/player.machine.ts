/**
 * The player: paused or playing, a position in the run, and a speed. Everything it knows about
 * steps comes from the pure schedule (src/layout/schedule.ts); the only wall-clock input is the
 * `player.tick` event sent by the playback hook.
 */
import { assign, setup } from 'xstate';
import { positionOfStep, stepBackFrom, stepForwardFrom } from '../layout/index.ts';
import {
  initialPlayerContext,
  playerAt as at,
  SPEEDS,
  type PlayerContext,
  type PlayerEvent,
  type PlayerInput,
  type Speed,
} from './player-context.ts';

function shiftSpeed(speed: Speed, by: 1 | -1): Speed {
  const i = SPEEDS.indexOf(speed);
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i + by))] ?? speed;
}

export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  guards: {
    // At the last step there is nothing left to play: Play starts over.
    isAtEnd: ({ context }) => context.cursor >= context.schedule.count,
    tickReachesEnd: ({ context, event }) =>
      event.type === 'player.tick' &&
      context.position + event.wallMs * context.speed >= context.schedule.total,
  },
  actions: {
    rewind: assign(({ context }) => at(context.schedule, 0)),
    advance: assign(({ context, event }) =>
      event.type === 'player.tick'
        ? at(context.schedule, context.position + event.wallMs * context.speed)
        : {},
    ),
    toEnd: assign(({ context }) => at(context.schedule, context.schedule.total)),
    toNextStep: assign(({ context }) =>
      at(context.schedule, stepForwardFrom(context.schedule, context.position)),
    ),
    toPreviousStep: assign(({ context }) =>
      at(context.schedule, stepBackFrom(context.schedule, context.position)),
    ),
    seek: assign(({ context, event }) =>
      event.type === 'player.seek' ? at(context.schedule, event.position) : {},
    ),
    goToStep: assign(({ context, event }) =>
      event.type === 'player.goToStep'
        ? at(context.schedule, positionOfStep(context.schedule, event.step))
        : {},
    ),
    setSpeed: assign(({ event }) =>
      event.type === 'player.setSpeed' ? { speed: event.speed } : {},
    ),
    faster: assign(({ context }) => ({ speed: shiftSpeed(context.speed, 1) })),
    slower: assign(({ context }) => ({ speed: shiftSpeed(context.speed, -1) })),
  },
}).createMachine({
  id: 'player',
  initial: 'paused',
  context: ({ input }) => initialPlayerContext(input),
  on: {
    'player.stepForward': { target: '.paused', actions: 'toNextStep' },
    'player.stepBack': { target: '.paused', actions: 'toPreviousStep' },
    'player.goToStep': { target: '.paused', actions: 'goToStep' },
    'player.end': { target: '.paused', actions: 'toEnd' },
    'player.restart': { actions: 'rewind' },
    'player.seek': { actions: 'seek' },
    'player.setSpeed': { actions: 'setSpeed' },
    'player.faster': { actions: 'faster' },
    'player.slower': { actions: 'slower' },
  },
  states: {
    paused: {
      on: {
        'player.play': [
          { guard: 'isAtEnd', target: 'playing', actions: 'rewind' },
          { target: 'playing' },
        ],
        'player.toggle': [
          { guard: 'isAtEnd', target: 'playing', actions: 'rewind' },
          { target: 'playing' },
        ],
      },
    },
    playing: {
      on: {
        'player.pause': { target: 'paused' },
        'player.toggle': { target: 'paused' },
        'player.tick': [
          { guard: 'tickReachesEnd', target: 'paused', actions: 'toEnd' },
          { actions: 'advance' },
        ],
      },
    },
  },
});
