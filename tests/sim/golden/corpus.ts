/**
 * The golden corpus: every run whose trace must not change when the core is refactored. Each
 * entry has a unique name and computes a JSON-able value when asked:
 *
 * - `scenario/*`: every built-in scenario, plus the two bench scenarios (1 MB, 1,000 segments);
 * - `truncated/*`: runs cut short by `maxSteps`;
 * - `lab/*`: a `Simulation` advanced with `runUntil` to every instant of its run, with what
 *   `stateOf`, `can`, `now`, `nextTime` and the trace so far say there (what the Lab asks);
 * - `step/*`: the same, one `step()` at a time;
 * - `flood/*`: SYN-flood runs over a grid of settings, with and without SYN cookies;
 * - `capture/*`: the capture-inferred trace of every stream of every fixture capture;
 * - `random/*`: scenarios sampled from the property tests' arbitrary with a fixed seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readCapture, traceConversation } from '../../../src/capture/index.ts';
import { builtInScenarios, parseScenario } from '../../../src/scenarios/index.ts';
import {
  Simulation,
  SYN_FLOOD_DEFAULTS,
  simulate,
  simulateSynFlood,
  type CallName,
  type EndpointId,
  type Scenario,
  type SynFloodConfig,
} from '../../../src/sim/index.ts';
import { benchTrace, oneMegabyte } from '../../../scripts/bench/benchScenario.ts';
import { FIXTURE_DIR } from '../../capture/helpers/fixtures.ts';
import { scenarioFile } from '../helpers/scenario-arbitrary.ts';

/** One run of the corpus. */
export interface GoldenEntry {
  name: string;
  value: () => unknown;
}

/** How many random scenarios the corpus samples (seeded, so always the same ones). */
export const RANDOM_SCENARIOS = 300;
const RANDOM_SEED = 1010;
/** How many of the random scenarios are also probed as the Lab probes them. */
const RANDOM_LAB_PROBES = 40;

const CALLS: readonly CallName[] = ['listen', 'connect', 'send', 'close', 'abort'];

function probe(sim: Simulation) {
  const side = (id: EndpointId) => ({
    state: sim.stateOf(id),
    can: CALLS.filter((c) => sim.can(id, c)),
  });
  return {
    now: sim.now,
    next: sim.nextTime(),
    events: sim.trace().events.length,
    client: side('client'),
    server: side('server'),
  };
}

/** What the Lab sees: the run advanced to each instant where something happens, and between. */
function labProbes(scenario: Scenario) {
  const times = [...new Set(simulate(scenario).events.map((e) => e.t))];
  const sim = new Simulation(scenario);
  const probes = [probe(sim)];
  for (const t of times) {
    sim.runUntil(t - 0.5);
    probes.push(probe(sim));
    sim.runUntil(t);
    probes.push(probe(sim));
  }
  return { probes, trace: sim.trace() };
}

function stepProbes(scenario: Scenario) {
  const sim = new Simulation(scenario);
  const probes = [probe(sim)];
  while (sim.step()) probes.push(probe(sim));
  return probes;
}

function scenarioEntries(): GoldenEntry[] {
  const named: [string, () => Scenario][] = [
    ...builtInScenarios.map((s): [string, () => Scenario] => [s.name, () => s]),
    ['bench-1mb', oneMegabyte],
  ];
  return [
    ...named.map(([name, s]) => ({ name: `scenario/${name}`, value: () => simulate(s()) })),
    { name: 'scenario/bench-1000-segments', value: benchTrace },
    ...named.flatMap(([name, s]) => [
      { name: `truncated/${name}`, value: () => simulate(s(), { maxSteps: 7 }) },
    ]),
    ...builtInScenarios.flatMap((s) => [
      { name: `lab/${s.name}`, value: () => labProbes(s) },
      { name: `step/${s.name}`, value: () => stepProbes(s) },
    ]),
  ];
}

/** The flood settings: a grid over the queue, the attack, the client and the defence. */
function floodConfigs(): [string, SynFloodConfig][] {
  const configs: [string, SynFloodConfig][] = [];
  const add = (patch: Partial<SynFloodConfig>) => {
    const config = { ...SYN_FLOOD_DEFAULTS, ...patch };
    const key = Object.entries(patch)
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(',');
    configs.push([key === '' ? 'defaults' : key, config]);
  };
  add({});
  for (const synCookies of [false, true]) {
    for (const backlog of [1, 4, 16]) {
      for (const attackSyns of [0, 6, 40]) {
        for (const attackIntervalMs of [0, 20, 1000]) {
          for (const clientConnectMs of [0, 500, 70_000]) {
            add({ synCookies, backlog, attackSyns, attackIntervalMs, clientConnectMs });
          }
        }
      }
    }
    for (const seed of [1, 4987, 0xffff_ffff]) {
      for (const synAckRetries of [0, 2, 10]) {
        for (const clientSynRetries of [0, 4, 10]) {
          add({ synCookies, seed, synAckRetries, clientSynRetries });
        }
      }
    }
    for (const oneWayDelayMs of [0, 1, 250, 40_000]) {
      add({ synCookies, oneWayDelayMs });
      add({ synCookies, oneWayDelayMs, attackSyns: 20, attackIntervalMs: 3000 });
    }
    add({ synCookies, attackStartMs: 600, clientConnectMs: 590 });
    add({ synCookies, rto: { initialMs: 3000, minMs: 200, maxMs: 5000 } });
    add({ synCookies, backlog: 2, attackSyns: 40, attackIntervalMs: 10_000 });
  }
  return configs;
}

function floodEntries(): GoldenEntry[] {
  return floodConfigs().map(([key, config]) => ({
    name: `flood/${key}`,
    value: () => simulateSynFlood(config),
  }));
}

/** Every capture file of the fixtures (top level and live/) and the app's bundled samples. */
function captureFiles(): { name: string; path: string }[] {
  const files: { name: string; path: string }[] = [];
  const samples = join(FIXTURE_DIR, '../../../public/samples');
  for (const [prefix, dir] of [
    ['', FIXTURE_DIR],
    ['live/', join(FIXTURE_DIR, 'live')],
    ['samples/', samples],
  ] as const) {
    for (const file of readdirSync(dir).sort()) {
      if (/\.(pcap|pcapng)$/.test(file)) files.push({ name: prefix + file, path: join(dir, file) });
    }
  }
  return files;
}

function captureEntries(): GoldenEntry[] {
  return captureFiles().flatMap(({ name, path }): GoldenEntry[] => {
    const read = readCapture(new Uint8Array(readFileSync(path)));
    if (!read.ok) return [{ name: `capture/${name}`, value: () => read.error }];
    return read.capture.conversations.map((c) => ({
      name: `capture/${name}#${String(c.stream)}`,
      // The trace as recorded before TCB tables existed: the table rides beside it, unhashed.
      value: () => {
        const result = traceConversation(read.capture, c.stream, name);
        return result.ok ? { ok: true, trace: result.trace } : result;
      },
    }));
  });
}

function randomEntries(): GoldenEntry[] {
  const files = fc.sample(scenarioFile, { seed: RANDOM_SEED, numRuns: RANDOM_SCENARIOS });
  return files.flatMap((file, i) => {
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error(`random scenario ${String(i)} is invalid`);
    const name = `random/${String(i).padStart(3, '0')}`;
    const entries: GoldenEntry[] = [{ name, value: () => simulate(parsed.scenario) }];
    if (i < RANDOM_LAB_PROBES) {
      entries.push({ name: `lab/${name}`, value: () => labProbes(parsed.scenario) });
    }
    return entries;
  });
}

/** The whole corpus, in a stable order with unique names. */
export function goldenCorpus(): GoldenEntry[] {
  const all = [...scenarioEntries(), ...floodEntries(), ...captureEntries(), ...randomEntries()];
  const names = new Set(all.map((e) => e.name));
  if (names.size !== all.length) throw new Error('golden corpus names must be unique');
  return all;
}
