/**
 * Opens the custom scenario a link carries: unpack (bounded), validate with the scenario schema,
 * refuse runs too large for a link, simulate. Loaded only when a link carries a scenario, so the
 * schema (zod) and the decompressor stay out of the first load.
 */
import type { LinkProblem } from '../i18n/index.ts';
import { parseScenario } from '../scenarios/index.ts';
import { simulate, type Scenario, type Trace } from '../sim/index.ts';
import { unpackScenario } from './scenarioCodec.ts';

/** The most segments a linked scenario may ask for (data segments, estimated before running). */
export const MAX_LINK_SEGMENTS = 5000;
const MAX_ERROR_CHARS = 200;

export type LinkedScenarioResult =
  { ok: true; scenario: Scenario; trace: Trace } | { ok: false; problem: LinkProblem };

/** Data segments the scenario's sends need at the smaller MSS, plus one per call. */
export function estimateSegments(scenario: Scenario): number {
  const mss = Math.max(1, Math.min(scenario.client.mss, scenario.server.mss));
  let segments = 0;
  for (const e of scenario.events) segments += 1 + Math.ceil((e.bytes ?? 0) / mss);
  return segments;
}

/** The scenario and its trace, or why the link's payload cannot be played. */
export function openLinkedScenario(payload: string): LinkedScenarioResult {
  const unpacked = unpackScenario(payload);
  if (!unpacked.ok) return unpacked;
  const parsed = parseScenario(unpacked.json);
  if (!parsed.ok) {
    const errors = parsed.errors.map((e) =>
      e.length > MAX_ERROR_CHARS ? `${e.slice(0, MAX_ERROR_CHARS)}…` : e,
    );
    return { ok: false, problem: { kind: 'invalid', errors } };
  }
  const segments = estimateSegments(parsed.scenario);
  if (segments > MAX_LINK_SEGMENTS) {
    return { ok: false, problem: { kind: 'too-heavy', segments, max: MAX_LINK_SEGMENTS } };
  }
  try {
    return { ok: true, scenario: parsed.scenario, trace: simulate(parsed.scenario) };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_CHARS);
    return { ok: false, problem: { kind: 'simulation-failed', detail } };
  }
}
