/**
 * The budget as a property: over extreme but valid parameters (windows of 1 byte to 2^30 bytes
 * with and without scaling, MSS 1 to 65535, sends up to 2^40 bytes, MSL of 1 ms to hours, delays
 * of hours, thousands of events, every fault), every run either finishes within its budget or
 * stops with the typed budget error, and does the same thing twice: at once, and in slices (the
 * route of a page that runs it on its own thread). Thousands of runs, each cheap under a small
 * test-only budget; bounded by a run count (fast-check, fixed seed), never by time.
 */
import fc from 'fast-check';
import {
  simulateInSlices,
  trySimulate,
  type EndpointSpec,
  type Scenario,
  type ScenarioEvent,
  type WorkBudget,
} from '../../../src/sim/index.ts';

const SEED = 16;
const NUM_RUNS = 3000;
/** The run count bounds the work; the timeout only catches a hang on a busy machine. */
const TIMEOUT_MS = 300_000;
const HOUR = 3_600_000;
/**
 * A test-only budget, small so that each of the thousands of runs is cheap (the property holds
 * for any budget), large enough to pass the handshake and a close.
 */
const BUDGET: WorkBudget = { segments: 24, events: 96, simulatedMs: 2 * 86_400_000, burst: 8 };

const endpointSpec = (port: number): fc.Arbitrary<EndpointSpec> =>
  fc
    .record({
      isn: fc.option(fc.integer({ min: 0, max: 0xffff_ffff }), { nil: null }),
      window: fc.oneof(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 65535 }),
        fc.integer({ min: 1, max: 65535 * 2 ** 14 }),
      ),
      mss: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 65535 })),
      windowScale: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
      sackPermitted: fc.boolean(),
    })
    // The format's window rules: at most 65535 unscaled, and not shifted down to zero.
    .filter((e) => (e.windowScale === null ? e.window <= 65535 : e.window >>> e.windowScale > 0))
    .map((e) => ({ ...e, port }));

const event: fc.Arbitrary<ScenarioEvent> = fc
  .record({
    t: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 86_400_000 })),
    endpoint: fc.constantFrom('client' as const, 'server' as const),
    call: fc.constantFrom(
      'listen' as const,
      'connect' as const,
      'send' as const,
      'close' as const,
      'abort' as const,
    ),
    bytes: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 2 ** 40 })),
  })
  .map(({ bytes, ...e }) => (e.call === 'send' ? { ...e, bytes } : e));

/** The handshake first, so most runs get to the expensive part. */
const events = fc
  .oneof(
    { weight: 9, arbitrary: fc.array(event, { maxLength: 12 }) },
    // Thousands of events in one run in ten: their generation, not the run, is the cost.
    { weight: 1, arbitrary: fc.array(event, { minLength: 1000, maxLength: 3000 }) },
  )
  .map((rest): ScenarioEvent[] =>
    [
      { t: 0, endpoint: 'server' as const, call: 'listen' as const },
      { t: 10, endpoint: 'client' as const, call: 'connect' as const },
      ...rest,
    ].sort((a, b) => a.t - b.t),
  );

const fault = fc.record({
  from: fc.constantFrom('client' as const, 'server' as const),
  index: fc.integer({ min: 1, max: 400 }),
});

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    client: endpointSpec(50000),
    server: endpointSpec(80),
    clientToServer: fc.integer({ min: 0, max: 5 * HOUR }),
    serverToClient: fc.integer({ min: 0, max: 5 * HOUR }),
    mslMs: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5 * HOUR })),
    rto: fc
      .tuple(
        fc.integer({ min: 1, max: 600_000 }),
        fc.integer({ min: 1, max: 600_000 }),
        fc.integer({ min: 1, max: 600_000 }),
      )
      .map(([initialMs, a, b]) => ({ initialMs, minMs: Math.min(a, b), maxMs: Math.max(a, b) })),
    maxRetransmissions: fc.integer({ min: 0, max: 30 }),
    events,
    drop: fc.array(fault, { maxLength: 40 }),
    delay: fc.array(
      fault.chain((f) => fc.integer({ min: 0, max: 5 * HOUR }).map((ms) => ({ ...f, ms }))),
      { maxLength: 20 },
    ),
    duplicate: fc.array(fault, { maxLength: 20 }),
  })
  .map((r) => ({
    name: 'budget-property',
    title: { en: 'budget property', ko: 'budget property' },
    description: { en: '', ko: '' },
    seed: r.seed,
    client: r.client,
    server: r.server,
    delayMs: { clientToServer: r.clientToServer, serverToClient: r.serverToClient },
    mslMs: r.mslMs,
    rto: r.rto,
    maxRetransmissions: r.maxRetransmissions,
    events: r.events,
    network: { drop: r.drop, delay: r.delay, duplicate: r.duplicate },
  }));

describe('the work budget over extreme scenarios', () => {
  it(
    'finishes within the budget or stops with the budget error, the same way every time, in one go or in slices',
    async () => {
      let stopped = 0;
      await fc.assert(
        fc.asyncProperty(scenario, fc.integer({ min: 1, max: 16 }), async (s, steps) => {
          const first = trySimulate(s, { budget: BUDGET });
          // The page's route (a run in slices between which it yields) does the same, step for step.
          const second = await simulateInSlices(s, {
            budget: BUDGET,
            steps,
            pause: () => Promise.resolve(true),
          });
          expect(second).toEqual(first);
          if (first.ok) {
            expect(first.trace.events.length).toBeLessThanOrEqual(BUDGET.events);
            expect(first.trace.events.filter((e) => e.type === 'send').length).toBeLessThanOrEqual(
              BUDGET.segments,
            );
            return;
          }
          stopped += 1;
          const { resource, limit, t } = first.exceeded;
          expect(limit).toBe(BUDGET[resource]);
          if (resource === 'simulatedMs') expect(t).toBeLessThanOrEqual(BUDGET.simulatedMs);
        }),
        { seed: SEED, numRuns: NUM_RUNS },
      );
      // The parameters are extreme: many runs must meet the budget, or the property proves little.
      expect(stopped).toBeGreaterThan(NUM_RUNS / 10);
    },
    TIMEOUT_MS,
  );
});
