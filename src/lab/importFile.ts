/**
 * Opening a scenario file in the lab: untrusted input, validated by the scenario schema (whose
 * messages already say where and why), and refused when the cost model (the same one the link
 * guard and the simulator's budget errors use) expects more segments than anyone drives by hand.
 * Nothing is simulated here: the lab runs the session in a worker, within its budget.
 */
import {
  parseScenario,
  parseScenarioText,
  type ScenarioResult,
  type SchemaLang,
} from '../scenarios/index.ts';
import { BUDGETS, estimateCost } from '../sim/index.ts';
import { sessionFromScenario, type LabSession } from './labSession.ts';
import type { LabNotice } from './labState.ts';

/** A scenario file is a few kilobytes; anything this large is something else. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** More segments than this would not be a run anyone drives by hand (the lab's budget). */
export const MAX_LAB_SEGMENTS = BUDGETS.lab.segments;

export type ImportResult = { ok: true; session: LabSession } | { ok: false; notice: LabNotice };

/**
 * Reads a file's text (its size already checked by the caller with `MAX_IMPORT_BYTES`); schema
 * errors are said in `lang`.
 */
export function importScenarioText(
  text: string,
  file: string,
  lang: SchemaLang = 'en',
): ImportResult {
  return importParsed(parseScenarioText(text, lang), file);
}

/** Takes a scenario file already read as JSON (a share link's, unpacked). */
export function importScenarioJson(
  json: unknown,
  file: string,
  lang: SchemaLang = 'en',
): ImportResult {
  return importParsed(parseScenario(json, lang), file);
}

function importParsed(parsed: ScenarioResult, file: string): ImportResult {
  if (!parsed.ok)
    return { ok: false, notice: { kind: 'import-failed', file, errors: parsed.errors } };
  const { scenario } = parsed;
  const { segments, cause } = estimateCost(scenario);
  if (segments > MAX_LAB_SEGMENTS) {
    return {
      ok: false,
      notice: { kind: 'import-too-heavy', file, segments, max: MAX_LAB_SEGMENTS, cause },
    };
  }
  return { ok: true, session: sessionFromScenario(scenario) };
}
