/**
 * Opens the custom scenario a link carries: unpack (bounded), validate with the scenario schema,
 * refuse runs the cost model expects to be too large for a link, simulate within the link's work
 * budget. Loaded only when a link carries a scenario, so the schema (zod) and the decompressor
 * stay out of the first load.
 */
import type { LinkProblem } from '../i18n/index.ts';
import { firstErrors, parseScenario } from '../scenarios/index.ts';
import {
  BUDGETS,
  estimateCost,
  simulateInSlices,
  trySimulate,
  type RunProgress,
  type Scenario,
  type SimulateResult,
  type TcbTable,
  type Trace,
} from '../sim/index.ts';
import { unpackScenario } from './scenarioCodec.ts';

/** The most segments a linked scenario may be expected to send (its budget's segments). */
export const MAX_LINK_SEGMENTS = BUDGETS.link.segments;

export type LinkedScenarioResult =
  | { ok: true; scenario: Scenario; trace: Trace; tcb: TcbTable }
  | { ok: false; problem: LinkProblem };

/** A link's scenario, validated and within the link's estimate, ready to run. */
export interface ReadLinkedScenario {
  scenario: Scenario;
  /** The scenario file as the link carried it (for a worker, which validates it again). */
  file: unknown;
}

/** The link's scenario, validated and estimated, or why it cannot be played; nothing is run. */
export function readLinkedScenario(
  payload: string,
): ({ ok: true } & ReadLinkedScenario) | { ok: false; problem: LinkProblem } {
  const unpacked = unpackScenario(payload);
  if (!unpacked.ok) return unpacked;
  const parsed = parseScenario(unpacked.json);
  if (!parsed.ok) {
    const { shown, more } = firstErrors(parsed.errors);
    return { ok: false, problem: { kind: 'invalid', errors: shown, more } };
  }
  const { segments, cause } = estimateCost(parsed.scenario);
  if (segments > MAX_LINK_SEGMENTS) {
    return { ok: false, problem: { kind: 'too-heavy', segments, max: MAX_LINK_SEGMENTS, cause } };
  }
  return { ok: true, scenario: parsed.scenario, file: unpacked.json };
}

/** A run's result as a link's outcome. */
export function linkedRun(scenario: Scenario, result: SimulateResult): LinkedScenarioResult {
  return result.ok
    ? { ok: true, scenario, trace: result.trace, tcb: result.tcb }
    : { ok: false, problem: { kind: 'over-budget', exceeded: result.exceeded } };
}

/**
 * Runs a read link's scenario on this thread in slices, awaiting `pause` between them (where no
 * worker can run it, the page yields to its event loop there); `pause` resolving false cancels
 * the run (null).
 */
export async function runLinkedInSlices(
  { scenario }: ReadLinkedScenario,
  pause: (progress: RunProgress) => Promise<boolean>,
): Promise<LinkedScenarioResult | null> {
  const result = await simulateInSlices(scenario, { budget: BUDGETS.link, pause });
  return result === null ? null : linkedRun(scenario, result);
}

/** Runs a read link's scenario on this thread, at once (Node: the tests, the bench). */
export function runLinkedHere({ scenario }: ReadLinkedScenario): LinkedScenarioResult {
  return linkedRun(scenario, trySimulate(scenario, { budget: BUDGETS.link }));
}

/** The scenario and its trace, or why the link's payload cannot be played (runs on this thread). */
export function openLinkedScenario(payload: string): LinkedScenarioResult {
  const read = readLinkedScenario(payload);
  return read.ok ? runLinkedHere(read) : read;
}
