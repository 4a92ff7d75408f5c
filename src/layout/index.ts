/**
 * Pure layout: a Trace and a time in, coordinates, labels, steps and narration data out.
 * No React, no DOM, no wall-clock time.
 */
export * from './timeline.ts';
export * from './schedule.ts';
export * from './scene.ts';
export * from './numbers.ts';
export * from './ladder.ts';
export * from './bursts.ts';
export * from './legend.ts';
export * from './geometry.ts';
export * from './text.ts';
export * from './narration.ts';
export * from './stateDiagram.ts';
export { ENDPOINT_EDGES } from './endpoint-edges.ts';
export * from './run.ts';
export type { Sliced } from './sliced.ts';
export * from './states.ts';
export { statePhase } from './statePhase.ts';
export * from './stepFocus.ts';
export * from './sequenceLine.ts';
