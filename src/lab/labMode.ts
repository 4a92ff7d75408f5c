/** The lab's mode in the address bar: `?view=lab&lab=flood`; the default (drive) is left out. */
import type { LabMode } from '../i18n/index.ts';

export const LAB_MODES: readonly LabMode[] = ['drive', 'flood', 'quiz'];

const PARAM = 'lab';

export function modeFromSearch(search: string): LabMode {
  const asked = new URLSearchParams(search).get(PARAM);
  return LAB_MODES.find((m) => m === asked) ?? 'drive';
}

/** The query string for a mode, keeping every other parameter. */
export function searchWithMode(search: string, mode: LabMode): string {
  const params = new URLSearchParams(search);
  if (mode === 'drive') params.delete(PARAM);
  else params.set(PARAM, mode);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
