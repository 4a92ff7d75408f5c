/**
 * The work budget of a run: how much a caller lets one simulation do before it stops with a typed
 * error. Every kind of work that grows with the input is counted: segments on the wire, trace
 * events (the trace is the run's memory) and simulated time. Callers choose how generous to be
 * (`BUDGETS`); no schema-valid scenario runs past its budget. The scenario format's own limits
 * (64 MiB of sends, times up to a day) keep a valid file within twice a day of simulated time.
 */
import type { BudgetCause } from './cost-model.ts';

/** Limits on one run. */
export interface WorkBudget {
  /** Segments put on the wire, network copies included. */
  segments: number;
  /** Trace events recorded: bounds the trace, so the run's memory. */
  events: number;
  /** Simulated time, in ms from the start. */
  simulatedMs: number;
  /**
   * Segments one endpoint may send in one burst. Every ACK and every send walks the segments in
   * flight, so a run's work grows with segments times segments in flight: bounding the burst
   * bounds that product (a window of 2^30 bytes at an MSS of 1 would otherwise put a billion
   * segments in flight within a single step).
   */
  burst: number;
}

/** The resource a run ran out of. */
export type BudgetResource = keyof WorkBudget;

const DAY_MS = 86_400_000;

/**
 * The budgets the app's callers use. The CLI's lets a 64 MiB transfer at the default MSS through
 * (about 92,000 segments); links and embeds run on a reader's phone; the lab re-runs its session
 * after every action.
 */
export const BUDGETS = {
  cli: { segments: 150_000, events: 600_000, simulatedMs: 2 * DAY_MS, burst: 2_000 },
  link: { segments: 10_000, events: 40_000, simulatedMs: 2 * DAY_MS, burst: 1_000 },
  embed: { segments: 10_000, events: 40_000, simulatedMs: 2 * DAY_MS, burst: 1_000 },
  lab: { segments: 4_000, events: 16_000, simulatedMs: 2 * DAY_MS, burst: 500 },
} as const satisfies Record<string, WorkBudget>;

/** What ran out, when, and the scenario's likely reason. */
export interface BudgetExceeded {
  resource: BudgetResource;
  /** The limit that was passed. */
  limit: number;
  /** The simulated time (ms) at which it was passed. */
  t: number;
  cause: BudgetCause;
}

/** Thrown by `simulate` when a run passes its budget; `trySimulate` returns it as data instead. */
export class BudgetError extends Error {
  constructor(readonly exceeded: BudgetExceeded) {
    super(
      `the run passed ${String(exceeded.limit)} ${exceeded.resource} at t = ${String(exceeded.t)} ms`,
    );
    this.name = 'BudgetError';
  }
}

/**
 * Thrown from inside one step (an endpoint's burst of segments, which happens within a single
 * machine transition) when the burst passes the budget's `burst`; the run turns it into a
 * `BudgetError` with its cause.
 */
export class BurstLimitError extends Error {
  constructor(readonly limit: number) {
    super(`one step sends more than ${String(limit)} segments`);
    this.name = 'BurstLimitError';
  }
}
