/**
 * Counts the parser's loop iterations (records, blocks, options, extension headers, VLAN tags).
 * Every loop in the importer ticks it, and each iteration consumes at least one input byte, so the
 * count stays proportional to the input size; the budget is a hard stop in case a bug ever breaks
 * that, so a hostile file can only cost linear work. Tests assert on `steps`, not on wall-clock.
 */
export class WorkMeter {
  /** Iterations so far. */
  steps = 0;
  private budget: number;

  /** `baseBudget` is the allowance before any byte has been seen. */
  constructor(baseBudget = 4096) {
    this.budget = baseBudget;
  }

  /** Widens the budget for newly arrived input: a few steps per byte is far above real need. */
  allowBytes(bytes: number): void {
    this.budget += 4 * bytes;
  }

  /** Counts one iteration; false once the budget is spent (the caller must stop looping). */
  tick(): boolean {
    this.steps += 1;
    return this.steps <= this.budget;
  }

  /** True once `tick` has returned false. */
  get exhausted(): boolean {
    return this.steps > this.budget;
  }
}
