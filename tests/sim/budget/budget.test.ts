/**
 * The work budget: the three scenarios of issue 16 that hung the tab and the CLI stop with a
 * typed error that names what ran out, when, and the likely cause; normal runs are untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetEn } from '../../../src/i18n/budget/en.ts';
import { builtInScenarios, parseScenarioText } from '../../../src/scenarios/index.ts';
import {
  BUDGETS,
  BudgetError,
  Simulation,
  estimateCost,
  simulate,
  trySimulate,
  type Scenario,
  type WorkBudget,
} from '../../../src/sim/index.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/budget');

function fixture(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

describe('the work budget', () => {
  it('stops a 1-byte window with 64 MiB to send at the segment budget, naming the window', () => {
    const result = trySimulate(fixture('window-1.json'), { budget: BUDGETS.link });
    if (result.ok) throw new Error('the run should not finish within a link budget');
    expect(result.exceeded).toMatchObject({
      resource: 'segments',
      limit: BUDGETS.link.segments,
      cause: { code: 'small-window', endpoint: 'server', window: 1 },
    });
    // One byte per round trip of 200 ms: 5,000 data segments take 1,000 s.
    expect(result.exceeded.t).toBeGreaterThan(900_000);
    expect(budgetEn.exceeded(result.exceeded)).toMatch(
      /^the run passed 10,000 segments at t = [\d,.]+ s: the server's receive window of 1 byte makes every byte its own segment/,
    );
  });

  it('stops an MSS of 1 at its first burst, before a single step can queue 65,408 segments', () => {
    const result = trySimulate(fixture('mss-1.json'), { budget: BUDGETS.link });
    if (result.ok) throw new Error('the run should not finish within a link budget');
    expect(result.exceeded).toMatchObject({
      resource: 'burst',
      limit: BUDGETS.link.burst,
      t: 500,
      cause: { code: 'large-window', segmentSize: 1 },
    });
  });

  it('stops a tiny MSL with a huge transfer at the segment budget', () => {
    const result = trySimulate(fixture('tiny-msl.json'), { budget: BUDGETS.lab });
    if (result.ok) throw new Error('the run should not finish within a lab budget');
    expect(result.exceeded).toMatchObject({
      resource: 'segments',
      cause: { code: 'large-send', bytes: 67_108_864, segmentSize: 536 },
    });
  });

  it('bounds the trace: events and simulated time are budgets too', () => {
    const scenario = fixture('window-1.json');
    const events: WorkBudget = { ...BUDGETS.link, events: 500 };
    const byEvents = trySimulate(scenario, { budget: events });
    expect(byEvents.ok ? null : byEvents.exceeded.resource).toBe('events');
    const time: WorkBudget = { ...BUDGETS.link, simulatedMs: 60_000 };
    const byTime = trySimulate(scenario, { budget: time });
    expect(byTime.ok ? null : byTime.exceeded).toMatchObject({
      resource: 'simulatedMs',
      cause: { code: 'long-times' },
    });
    expect(byTime.ok ? 0 : byTime.exceeded.t).toBeLessThanOrEqual(60_000);
  });

  it('throws the typed error from simulate, and stops at the same point every time', () => {
    const run = () => simulate(fixture('window-1.json'), { budget: BUDGETS.lab });
    expect(run).toThrow(BudgetError);
    const first = trySimulate(fixture('window-1.json'), { budget: BUDGETS.lab });
    const second = trySimulate(fixture('window-1.json'), { budget: BUDGETS.lab });
    expect(first).toEqual(second);
  });

  it('lets every built-in scenario run within the tightest budget, unchanged', () => {
    for (const scenario of builtInScenarios) {
      const unbounded = new Simulation(scenario);
      expect(trySimulate(scenario, { budget: BUDGETS.lab })).toEqual({
        ok: true,
        trace: unbounded.run(),
        tcb: unbounded.tcbTable(),
      });
    }
  });

  it('estimates the quoted link honestly: every byte its own segment, not 1,028 segments', () => {
    const estimate = estimateCost(fixture('window-1.json'));
    expect(estimate.segments).toBeGreaterThan(2 * 67_108_864);
    expect(estimate.cause).toMatchObject({ code: 'small-window', window: 1 });
  });
});
