/** `?scenario=NAME&step=N&lang=ko`: read at start, kept current with replaceState. */
import type { Lang } from '../../i18n/index.ts';

export interface UrlState {
  scenario: string | null;
  step: number | null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const stepText = params.get('step');
  const step = stepText === null ? NaN : Number(stepText);
  return {
    scenario: params.get('scenario'),
    step: Number.isInteger(step) && step >= 0 ? step : null,
  };
}

/** Writes the scenario, step and (if chosen) language into the address bar without a reload. */
export function writeUrlState(scenario: string, step: number, lang: Lang | null): void {
  const params = new URLSearchParams(window.location.search);
  params.set('scenario', scenario);
  params.set('step', String(step));
  if (lang !== null) params.set('lang', lang);
  const next = `${window.location.pathname}?${params.toString()}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', next);
  }
}
