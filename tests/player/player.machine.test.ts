import { createActor } from 'xstate';
import { buildRunModel, cursorAt, positionOfStep } from '../../src/layout/index.ts';
import { playerMachine } from '../../src/player/player.machine.ts';
import { handshakeDataClose } from '../helpers/traces.ts';

const run = buildRunModel(handshakeDataClose());
const start = (step = 0) =>
  createActor(playerMachine, { input: { schedule: run.schedule, step } }).start();

describe('player machine', () => {
  it('plays by ticks scaled by speed and stops at the end', () => {
    const a = start();
    a.send({ type: 'player.setSpeed', speed: 2 });
    a.send({ type: 'player.play' });
    a.send({ type: 'player.tick', wallMs: 100 });
    expect(a.getSnapshot().context.position).toBe(200);
    a.send({ type: 'player.tick', wallMs: run.schedule.total });
    expect(a.getSnapshot().matches('paused')).toBe(true);
    expect(a.getSnapshot().context.cursor).toBe(run.schedule.count);
  });

  it('ignores ticks while paused', () => {
    const a = start();
    a.send({ type: 'player.tick', wallMs: 500 });
    expect(a.getSnapshot().context.position).toBe(0);
  });

  it('plays again from the start when Play is pressed at the end', () => {
    const a = start(run.schedule.count);
    a.send({ type: 'player.play' });
    expect(a.getSnapshot().matches('playing')).toBe(true);
    expect(a.getSnapshot().context.position).toBe(0);
  });

  it('pauses when stepping, and steps land on step positions', () => {
    const a = start();
    a.send({ type: 'player.play' });
    a.send({ type: 'player.tick', wallMs: 1234 });
    a.send({ type: 'player.stepForward' });
    const { position, cursor } = a.getSnapshot().context;
    expect(a.getSnapshot().matches('paused')).toBe(true);
    expect(position).toBe(positionOfStep(run.schedule, cursor));
    a.send({ type: 'player.stepBack' });
    expect(a.getSnapshot().context.cursor).toBe(cursor - 1);
  });

  it('clamps speed to 0.25x–4x', () => {
    const a = start();
    for (let i = 0; i < 10; i++) a.send({ type: 'player.faster' });
    expect(a.getSnapshot().context.speed).toBe(4);
    for (let i = 0; i < 10; i++) a.send({ type: 'player.slower' });
    expect(a.getSnapshot().context.speed).toBe(0.25);
  });

  it('seeks anywhere and keeps the cursor consistent', () => {
    const a = start();
    a.send({ type: 'player.seek', position: run.schedule.total / 2 });
    const { position, cursor } = a.getSnapshot().context;
    expect(cursor).toBe(cursorAt(run.schedule, position));
    a.send({ type: 'player.seek', position: -10 });
    expect(a.getSnapshot().context.position).toBe(0);
  });
});
