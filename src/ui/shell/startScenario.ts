/** The scenario the app opens with, so its trace can load before the first paint. */
import { readScreenAddress } from '../../links/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';

/**
 * The one the address names if the library has it (in the Lab the address names the Lab's run,
 * not this view's), else the library's default.
 */
export function startScenario(library: ScenarioLibrary, search: string, hash: string): string {
  const address = readScreenAddress(search, hash);
  if (address.view === 'lab') return library.defaultName;
  const named = address.scenario;
  return named !== null && library.names.includes(named) ? named : library.defaultName;
}
