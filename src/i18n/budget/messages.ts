/**
 * A run that passed its work budget, in words: what ran out, when, and the scenario setting that
 * most likely made it so (the core's `BudgetExceeded`, phrased in each language).
 */
import type { BudgetCause, BudgetExceeded } from '../../sim/index.ts';

export interface BudgetMessages {
  /** "the run passed 200,000 segments at t = 41.2 s: the receive window of 1 byte ..." */
  exceeded: (e: BudgetExceeded) => string;
  /** The likely cause alone: "the server's receive window of 1 byte makes every byte ..." */
  cause: (c: BudgetCause) => string;
}
