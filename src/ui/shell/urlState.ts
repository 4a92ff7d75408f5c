/**
 * `?scenario=NAME&step=N&lang=ko&numbers=relative`, or a custom scenario in the fragment
 * (`#s=...`, see src/ui/share/): read at start, kept current with replaceState.
 */
import type { Lang } from '../../i18n/index.ts';
import type { NumberMode } from '../../layout/index.ts';
import { LINKED_SCENARIO_KEY } from '../../links/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';

export interface UrlState {
  scenario: string | null;
  step: number | null;
  numbers: NumberMode | null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const stepText = params.get('step');
  const step = stepText === null ? NaN : Number(stepText);
  return {
    scenario: params.get('scenario'),
    step: Number.isInteger(step) && step >= 0 ? step : null,
    numbers: params.get('numbers') === 'relative' ? 'relative' : null,
  };
}

/**
 * Writes the scenario, step, (if chosen) language and number mode into the address bar without a
 * reload. A scenario that came in the link keeps its fragment; any other drops it.
 */
export function writeUrlState(
  scenario: string,
  step: number,
  lang: Lang | null,
  numbers: NumberMode = 'absolute',
): void {
  const params = new URLSearchParams(window.location.search);
  const linked = scenario === LINKED_SCENARIO_KEY;
  if (linked) params.delete('scenario');
  else params.set('scenario', scenario);
  params.set('step', String(step));
  if (lang !== null) params.set('lang', lang);
  if (numbers === 'relative') params.set('numbers', numbers);
  else params.delete('numbers');
  const hash = linked ? window.location.hash : '';
  const next = `${window.location.pathname}?${params.toString()}${hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', next);
  }
}

/** The scenario the app opens with: the one the address names if the library has it, else its default. */
export function startScenario(library: ScenarioLibrary, search: string): string {
  const named = readUrlState(search).scenario;
  return library.scenarios.find((s) => s.name === named)?.name ?? library.defaultName;
}
