/**
 * The trace's own English sentence for a reason (the CLI and exports read it as is). A file of
 * its own: only the simulator writes these, and the first view, which loads the reasons' table,
 * never runs the simulator.
 */
import { fillTemplate, REASONS, type ReasonEntry } from './reasons.ts';
import type { TraceNote, Why, WhyValue } from './why.ts';

/** The English sentence for a Why, ending with its rule in parentheses. */
export function describe(w: Why | TraceNote): string {
  const entry = (REASONS as Record<string, ReasonEntry | undefined>)[w.code];
  if (entry === undefined) return `${w.code} (${w.rfc})`;
  // The trace's own sentence keeps plain milliseconds (the CLI and exports read it as is).
  const params: Record<string, WhyValue | undefined> = { ...w.params };
  for (const name of entry.durations ?? []) {
    const v = params[name];
    if (typeof v === 'number') params[name] = `${String(v)} ms`;
  }
  return `${fillTemplate(entry.en, params)} (${w.rfc})`;
}
