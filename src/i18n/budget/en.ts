import type { BudgetCause, BudgetResource } from '../../sim/index.ts';
import { formatDuration } from '../duration.ts';
import type { BudgetMessages } from './messages.ts';

const n = (value: number): string => value.toLocaleString('en-US');
const bytes = (value: number): string => (value === 1 ? '1 byte' : `${n(value)} bytes`);
const seconds = (ms: number): string => formatDuration('en', ms);
/** A moment of the run, as the player's clock reads it (t = 12.5 s). */
const clock = (ms: number): string => `${n(Math.round(ms / 100) / 10)} s`;

const RESOURCE: Record<BudgetResource, (limit: number) => string> = {
  segments: (limit) => `passed ${n(limit)} segments`,
  events: (limit) => `passed ${n(limit)} trace events`,
  simulatedMs: (limit) => `passed ${seconds(limit)} of simulated time`,
  burst: (limit) => `tried to send more than ${n(limit)} segments in one burst`,
};

function cause(c: BudgetCause): string {
  switch (c.code) {
    case 'small-window':
      return c.window === 1
        ? `the ${c.endpoint}'s receive window of 1 byte makes every byte its own segment (${n(c.bytes)} bytes, ${n(c.segments)} segments)`
        : `the ${c.endpoint}'s receive window of ${bytes(c.window)} cuts ${bytes(c.bytes)} into ${n(c.segments)} segments`;
    case 'small-mss':
      return `an MSS of ${bytes(c.mss)} cuts ${bytes(c.bytes)} into ${n(c.segments)} segments`;
    case 'large-window':
      return `the ${c.endpoint}'s window of ${bytes(c.window)} lets ${n(c.inFlight)} segments of ${bytes(c.segmentSize)} fly at once`;
    case 'large-send':
      return `sending ${bytes(c.bytes)} takes ${n(c.segments)} segments of at most ${bytes(c.segmentSize)}`;
    case 'many-events':
      return `${n(c.events)} calls and ${n(c.faults)} faults, each segment retransmitted up to ${n(c.maxRetransmissions)} times`;
    case 'long-times':
      return `calls until ${seconds(c.lastCallMs)}, a one-way delay of ${seconds(c.delayMs)}, an MSL of ${seconds(c.mslMs)} and an RTO of up to ${seconds(c.rtoMaxMs)}`;
  }
}

export const budgetEn: BudgetMessages = {
  exceeded: (e) =>
    `the run ${RESOURCE[e.resource](e.limit)} at t = ${clock(e.t)}: ${cause(e.cause)}`,
  cause,
};
