/**
 * A run prepared and laid out in slices (the route of a page drawing a long run, yielding
 * between slices) gives what preparing and laying it out in one go gives, for every built-in
 * scenario and for a run near a link's budget.
 */
import {
  buildRunModel,
  buildRunModelInSlices,
  isLongRun,
  ladderGeometry,
  ladderGeometryInSlices,
  type SegmentLabelText,
  type Sliced,
} from '../../src/layout/index.ts';
import { builtInScenarios, parseScenario } from '../../src/scenarios/index.ts';
import { BUDGETS, simulate, type Trace } from '../../src/sim/index.ts';

/** Runs sliced work a slice at a time, counting the slices. */
function inSlices<T>(work: Sliced<T>): { value: T; slices: number } {
  let slices = 1;
  for (;;) {
    const next = work.next();
    if (next.done === true) return { value: next.value, slices };
    slices += 1;
  }
}

function labelsOf(trace: Trace): Map<number, SegmentLabelText> {
  const labels = new Map<number, SegmentLabelText>();
  for (const e of trace.events) {
    if (e.type === 'send') labels.set(e.id, { flags: 'ACK', detail: `seq=${String(e.seq)}` });
  }
  return labels;
}

function expectSameInSlices(trace: Trace, width: number): number {
  const sliced = inSlices(buildRunModelInSlices(trace));
  const run = buildRunModel(trace);
  expect(sliced.value).toEqual(run);
  const labels = labelsOf(trace);
  const layout = inSlices(
    ladderGeometryInSlices(run.timeline, labels, { width }, run.timerSpans, labels),
  );
  expect(layout.value).toEqual(
    ladderGeometry(run.timeline, labels, { width }, run.timerSpans, labels),
  );
  return layout.slices;
}

describe('a run prepared and laid out in slices', () => {
  it('gives every built-in scenario the model and ladder of one go, at a phone’s and a laptop’s width', () => {
    for (const scenario of builtInScenarios) {
      const trace = simulate(scenario);
      expectSameInSlices(trace, 360);
      expectSameInSlices(trace, 1200);
    }
  });

  it('gives a run near a link’s budget the same, in many short slices', () => {
    const parsed = parseScenario({
      client: { mss: 536 },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'send', bytes: 1_000_000 },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const trace = simulate(parsed.scenario, { budget: BUDGETS.link });
    expect(isLongRun(trace)).toBe(true);
    // A few hundred labels a slice: thousands of segments take more than ten.
    expect(expectSameInSlices(trace, 900)).toBeGreaterThan(10);
  });
});
