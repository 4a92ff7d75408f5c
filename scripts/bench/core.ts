/**
 * Core benchmark: simulating a 1 MB transfer (against its budget) and the whole built-in
 * library. Prints numbers; asserts nothing (budgets are read by people and by the bench, not by
 * timed unit tests, which a busy machine would fail).
 */
import { loadavg, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { oneMegabyte } from './benchScenario.ts';

/** Issue 11: a 1 MB transfer simulated in at most 50 ms (median of warm runs). */
export const ONE_MB_BUDGET_MS = 50;
/** Runs before timing starts, so the JIT has compiled the hot paths (the cold run is shown). */
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 15;

function timeIt(runs: number, fn: () => void): { median: number; min: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] ?? 0, min: samples[0] ?? 0 };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Prints the core's numbers. */
export function benchCore(): void {
  const load = loadavg()[0] ?? 0;
  const busy = load > cpus().length * 0.75;
  console.log(`core${busy ? ` (load average ${load.toFixed(1)}: the machine is busy)` : ''}`);
  const mb = oneMegabyte();
  const cold = timeIt(1, () => simulate(mb));
  for (let i = 1; i < WARM_UP_RUNS; i++) simulate(mb);
  const trace = simulate(mb);
  const segments = trace.events.filter((e) => e.type === 'send').length;
  const warm = timeIt(TIMED_RUNS, () => simulate(mb));
  const verdict = warm.median <= ONE_MB_BUDGET_MS ? 'within' : 'OVER';
  console.log(
    `  simulate 1 MB transfer: median ${ms(warm.median)} — ${verdict} its budget of ${ms(ONE_MB_BUDGET_MS)} (min ${ms(warm.min)}, first cold run ${ms(cold.median)}; ${segments} segments, ${trace.events.length} trace events)`,
  );
  const library = timeIt(7, () => {
    for (const s of builtInScenarios) simulate(s);
  });
  console.log(
    `  simulate the whole library (${builtInScenarios.length} scenarios): median ${ms(library.median)}, min ${ms(library.min)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchCore();
