/**
 * Work done a slice at a time: a generator that yields between slices and returns its result.
 * A page runs it with a pause between slices, so a long run's layout never holds the page for
 * long; `runToEnd` runs it in one go, with the same result.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Runs sliced work in one go. */
export function runToEnd<T>(work: Sliced<T>): T {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
  }
}
