/**
 * The built-in scenario library. Each trace is loaded when its scenario is first chosen: in the
 * build, a data chunk computed at build time by the simulator (built-in-data.ts).
 */
import type { Trace } from '../sim/index.ts';
import { builtInDefaultName, builtInInfo, builtInTraces } from './built-in-data.ts';
import type { ScenarioLibrary } from './scenario-library.ts';

/**
 * The built-in library; a failed load may be tried again (nothing is cached until it succeeds).
 * It has no `tcb`: the TCB panel's own chunk loads a built-in's table (built-in-tcb-loader.ts).
 */
export function builtInLibrary(): ScenarioLibrary {
  const cache = new Map<string, Trace>();
  return {
    scenarios: builtInInfo,
    defaultName: builtInDefaultName,
    loaded: (name) => cache.get(name) ?? null,
    load: async (name) => {
      const cached = cache.get(name);
      if (cached !== undefined) return cached;
      const loader = Object.hasOwn(builtInTraces, name) ? builtInTraces[name] : undefined;
      if (loader === undefined) return null;
      const trace = await loader();
      cache.set(name, trace);
      return trace;
    },
  };
}
