/**
 * Where the Scenarios view last rested (a built-in scenario and a step), kept for this tab in
 * session storage. The address names only the view on screen, so without this a reload in the
 * Lab or the capture view, then a click on Scenarios, would start over at the default.
 */
const KEY = 'handshake-lab.scenarios-place';

export interface ScenarioPlace {
  scenario: string;
  step: number;
}

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberScenarioPlace(place: ScenarioPlace): void {
  try {
    store()?.setItem(KEY, JSON.stringify(place));
  } catch {
    // Storage refused (private mode, quota): the place lives in the address only.
  }
}

function readText(): string | null {
  try {
    return store()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** The remembered place, or null when there is none or it is not one this code wrote. */
export function recallScenarioPlace(): ScenarioPlace | null {
  const text = readText();
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (!('scenario' in value) || !('step' in value)) return null;
  const { scenario, step } = value;
  if (typeof scenario !== 'string' || typeof step !== 'number') return null;
  if (!Number.isSafeInteger(step) || step < 0) return null;
  return { scenario, step };
}
