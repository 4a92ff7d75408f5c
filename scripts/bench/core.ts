/**
 * Core benchmark: simulating a 1 MB transfer and the whole built-in library. Prints numbers;
 * asserts nothing (budgets are read by people, not by timed unit tests).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { oneMegabyte } from './benchScenario.ts';

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

/** Prints the core's numbers. */
export function benchCore(): void {
  const mb = oneMegabyte();
  simulate(mb); // warm up the JIT
  const trace = simulate(mb);
  const segments = trace.events.filter((e) => e.type === 'send').length;
  const t1 = timeIt(7, () => simulate(mb));
  console.log(
    `core: simulate 1 MB transfer: median ${t1.median.toFixed(1)} ms, min ${t1.min.toFixed(1)} ms (${segments} segments, ${trace.events.length} trace events)`,
  );
  const t2 = timeIt(7, () => {
    for (const s of builtInScenarios) simulate(s);
  });
  console.log(
    `core: simulate the whole library (${builtInScenarios.length} scenarios): median ${t2.median.toFixed(1)} ms, min ${t2.min.toFixed(1)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchCore();
