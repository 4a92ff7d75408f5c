/**
 * A long list of validation errors, cut for people: a file with a thousand bad events gives the
 * first few and a count of the rest, not a 70 KB line.
 */

/** How many errors a message shows before "and N more". */
const SHOWN_ERRORS = 3;

/** The most characters one shown error keeps (a path plus its message is far shorter). */
const MAX_ERROR_CHARS = 200;

/** The first errors, each cut to a readable length, and how many were left out. */
export function firstErrors(errors: readonly string[]): { shown: string[]; more: number } {
  const shown = errors
    .slice(0, SHOWN_ERRORS)
    .map((e) => (e.length > MAX_ERROR_CHARS ? `${e.slice(0, MAX_ERROR_CHARS)}…` : e));
  return { shown, more: Math.max(0, errors.length - SHOWN_ERRORS) };
}
