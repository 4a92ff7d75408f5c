/**
 * Opening a scenario file in the lab: untrusted input, validated by the scenario schema (whose
 * messages already say where and why), and kept small enough to drive by hand.
 */
import { parseScenario, parseScenarioText, type ScenarioResult } from '../scenarios/index.ts';
import { simulate } from '../sim/index.ts';
import { sessionFromScenario, type LabSession } from './labSession.ts';
import type { LabNotice } from './labState.ts';

/** A scenario file is a few kilobytes; anything this large is something else. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** More segments than this would not be a run anyone drives by hand. */
export const MAX_LAB_SEGMENTS = 2000;

export type ImportResult = { ok: true; session: LabSession } | { ok: false; notice: LabNotice };

/** Reads a file's text (its size already checked by the caller with `MAX_IMPORT_BYTES`). */
export function importScenarioText(text: string, file: string): ImportResult {
  return importParsed(parseScenarioText(text), file);
}

/** Takes a scenario file already read as JSON (a share link's, unpacked). */
export function importScenarioJson(json: unknown, file: string): ImportResult {
  return importParsed(parseScenario(json), file);
}

function importParsed(parsed: ScenarioResult, file: string): ImportResult {
  if (!parsed.ok)
    return { ok: false, notice: { kind: 'import-failed', file, errors: parsed.errors } };
  const { scenario } = parsed;
  // Every data segment carries at most one MSS: a lower bound that needs no simulation.
  const bytes = scenario.events.reduce((sum, e) => sum + (e.bytes ?? 0), 0);
  const atLeast = Math.ceil(bytes / Math.max(scenario.client.mss, scenario.server.mss));
  const segments =
    atLeast > MAX_LAB_SEGMENTS
      ? atLeast
      : simulate(scenario, { maxSteps: 50_000 }).events.filter((e) => e.type === 'send').length;
  if (segments > MAX_LAB_SEGMENTS) {
    return {
      ok: false,
      notice: {
        kind: 'import-failed',
        file,
        errors: [
          `the run sends at least ${String(segments)} segments; the lab drives at most ${String(MAX_LAB_SEGMENTS)}`,
        ],
      },
    };
  }
  return { ok: true, session: sessionFromScenario(scenario) };
}
