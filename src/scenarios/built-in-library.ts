/** The built-in scenario library, simulated on demand by the core. */
import { builtInScenarios, DEFAULT_SCENARIO_NAME, getScenario } from './library.ts';
import { simulate, type Trace } from '../sim/index.ts';
import type { ScenarioLibrary } from './scenario-library.ts';

export function builtInLibrary(): ScenarioLibrary {
  const cache = new Map<string, Trace>();
  return {
    scenarios: builtInScenarios.map((s) => ({
      name: s.name,
      title: s.title,
      description: s.description,
    })),
    defaultName: DEFAULT_SCENARIO_NAME,
    load: (name) => {
      const cached = cache.get(name);
      if (cached !== undefined) return cached;
      const scenario = getScenario(name);
      if (scenario === undefined) return null;
      const trace = simulate(scenario);
      cache.set(name, trace);
      return trace;
    },
  };
}
