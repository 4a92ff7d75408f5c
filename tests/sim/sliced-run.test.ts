/**
 * A run in slices (the route of a page that simulates on its own thread, yielding between
 * slices) gives what a run in one go gives: the same trace, the same step limit, the same budget
 * error; and a pause that answers false cancels it.
 */
import { builtInScenarios } from '../../src/scenarios/index.ts';
import {
  BUDGETS,
  Simulation,
  simulate,
  simulateInSlices,
  trySimulate,
} from '../../src/sim/index.ts';

const scenarios = builtInScenarios;
const transfer = scenarios.find((s) => s.name === 'transfer-64k');
if (transfer === undefined) throw new Error('missing transfer-64k');
const untilTrue = () => Promise.resolve(true);

describe('a run in slices', () => {
  it('gives every built-in scenario the trace and TCB table of a run in one go', async () => {
    for (const scenario of scenarios) {
      const sliced = await simulateInSlices(scenario, {
        budget: BUDGETS.cli,
        steps: 7,
        pause: untilTrue,
      });
      const once = new Simulation(scenario);
      expect(sliced).toEqual({ ok: true, trace: once.run(), tcb: once.tcbTable() });
    }
  });

  it('stops at the whole run’s step limit, as a run in one go does', () => {
    const sliced = new Simulation(transfer);
    let trace = sliced.runSlice(10, 25);
    while (trace === null) trace = sliced.runSlice(10, 25);
    expect(trace).toEqual(simulate(transfer, { maxSteps: 25 }));
    expect(trace.notes.some((n) => n.code === 'note-truncated')).toBe(true);
  });

  it('stops with the budget error a run in one go stops with', async () => {
    const budget = { ...BUDGETS.lab, segments: 20 };
    const once = trySimulate(transfer, { budget });
    expect(once.ok).toBe(false);
    expect(await simulateInSlices(transfer, { budget, steps: 3, pause: untilTrue })).toEqual(once);
  });

  it('is cancelled when a pause answers false, and reports its progress at each pause', async () => {
    const seen: number[] = [];
    const result = await simulateInSlices(transfer, {
      budget: BUDGETS.cli,
      steps: 5,
      pause: (progress) => {
        seen.push(progress.events);
        return Promise.resolve(seen.length < 3);
      },
    });
    expect(result).toBeNull();
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeLessThan(seen[2] ?? 0);
  });
});
