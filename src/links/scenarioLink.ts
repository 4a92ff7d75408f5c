/**
 * A link that opens a custom scenario: for the Lab (sharing a session) and anyone else holding a
 * scenario file. The scenario travels in the fragment, so it never reaches a server.
 */
import type { Lang } from '../i18n/index.ts';
import type { NumberMode } from '../layout/index.ts';
import type { ScenarioFile } from '../scenarios/index.ts';
import { PAYLOAD_PARAM } from './linkedLibrary.ts';
import { packScenario } from './scenarioCodec.ts';

export interface ScenarioLinkOptions {
  /** The app's address; defaults to this page's, without query or fragment. */
  base?: string;
  step?: number;
  lang?: Lang;
  numbers?: NumberMode;
  /** A view to open (`?view=`), e.g. `lab`; the scenario player when absent. */
  view?: string;
}

/**
 * The link that opens `file` (a scenario file as written, validated again on opening):
 * `https://…/?step=3&lang=ko#s=1.<compressed JSON>`.
 */
export function scenarioLink(file: ScenarioFile, options: ScenarioLinkOptions = {}): string {
  const base = options.base ?? `${window.location.origin}${window.location.pathname}`;
  const params = new URLSearchParams();
  if (options.view !== undefined) params.set('view', options.view);
  if (options.step !== undefined) params.set('step', String(options.step));
  if (options.lang !== undefined) params.set('lang', options.lang);
  if (options.numbers === 'relative') params.set('numbers', 'relative');
  const query = params.toString();
  return `${base}${query === '' ? '' : `?${query}`}#${PAYLOAD_PARAM}=${packScenario(file)}`;
}
