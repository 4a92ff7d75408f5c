/** The full app's address for what an embed shows: its scenario (or link fragment), language, first step. */
import type { Lang } from '../i18n/index.ts';
import { LINKED_SCENARIO_KEY } from './linkedLibrary.ts';

export function appLink(
  appUrl: string,
  scenario: string,
  lang: Lang,
  step: number | null,
  fragment: string,
): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  if (scenario === LINKED_SCENARIO_KEY) url.hash = fragment;
  else url.searchParams.set('scenario', scenario);
  if (step !== null) url.searchParams.set('step', String(step));
  url.searchParams.set('lang', lang);
  return url.href;
}
