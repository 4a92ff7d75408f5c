/**
 * The built-in scenario library. Each trace is loaded when its scenario is first chosen, and the
 * titles and descriptions when their language is: in the build, data chunks computed at build
 * time (built-in-data.ts).
 */
import type { LocalizedText, Trace } from '../sim/index.ts';
import { builtInDefaultName, builtInNames, builtInTexts, builtInTraces } from './built-in-data.ts';
import type { ScenarioLibrary, ScenarioTexts } from './scenario-library.ts';

/** The built-in library; a failed load may be tried again (nothing is cached until it succeeds). */
export function builtInLibrary(): ScenarioLibrary {
  const cache = new Map<string, Trace>();
  const texts = new Map<keyof LocalizedText, ScenarioTexts>();
  return {
    names: builtInNames,
    defaultName: builtInDefaultName,
    texts: async (lang) => {
      const cached = texts.get(lang);
      if (cached !== undefined) return cached;
      const loaded = await builtInTexts[lang]();
      texts.set(lang, loaded);
      return loaded;
    },
    textsLoaded: (lang) => texts.get(lang) ?? null,
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
