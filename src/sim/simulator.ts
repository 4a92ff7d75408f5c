/**
 * The deterministic simulator: two endpoint machines and the network between them on one virtual
 * clock. No wall-clock timers and no unseeded randomness: the same scenario gives the same trace.
 * The loop, the timers and the wire are the runtime's (src/sim/runtime/); this file says what a
 * scenario's calls do and where its segments go.
 */
import {
  BUDGETS,
  BudgetError,
  BurstLimitError,
  type BudgetExceeded,
  type WorkBudget,
} from './budget.ts';
import { callError } from './call-errors.ts';
import { likelyCause } from './cost-model.ts';
import type { EndpointEvent } from './endpoint-events.ts';
import { describe } from './describe.ts';
import { describeWithLinux } from './linux-reasons.ts';
import { LINUX } from './profile.ts';
import { why } from './reasons.ts';
import { createRng } from './rng.ts';
import { Connection, LaneEffects, Runtime, type RunDriver } from './runtime/index.ts';
import type { CallName, ForgedFlag, ForgedSegment, Scenario } from './scenario.ts';
import { NO_CONTROL } from './segment.ts';
import { seq } from './seq.ts';
import { scenarioFlight } from './scenario-network.ts';
import type { Segment } from './segment.ts';
import type { EndpointConfig, Tcb } from './tcb.ts';
import type { TcbTable } from './tcb-table.ts';
import type { TcpStateName } from './tcp-state.ts';
import type { EndpointId, Trace, TraceEndpoint, TraceNote } from './trace.ts';

/** A scenario's application call, or an attacker's forged segment, due on the agenda. */
type ScenarioCall =
  | { kind: 'call'; endpoint: EndpointId; call: CallName; bytes: number }
  | { kind: 'forge'; attack: ForgedSegment };

/** Stop a run that would not end by itself (it cannot with the built-in limits, but inputs vary). */
const DEFAULT_MAX_STEPS = 1_000_000;

const peerOf = (e: EndpointId): EndpointId => (e === 'client' ? 'server' : 'client');

interface Endpoint {
  conn: Connection;
  isn: number;
  isnSource: TraceEndpoint['isnSource'];
}

/** How far a run has got, for a progress bar. */
export interface RunProgress {
  segments: number;
  events: number;
  /** Simulated time, ms. */
  t: number;
}

/** How a run is bounded and watched. */
export interface SimulateOptions {
  /** Stop quietly after this many steps, with a `note-truncated` note (the lab's previews). */
  maxSteps?: number;
  /** The work the run may do (default: the CLI's, `BUDGETS.cli`); past it the run fails. */
  budget?: WorkBudget;
  /** Called now and then (every 1,024 steps) while the run goes on. */
  onProgress?: (progress: RunProgress) => void;
}

/** A run's trace with its TCB table, or what it ran out of. */
export type SimulateResult =
  { ok: true; trace: Trace; tcb: TcbTable } | { ok: false; exceeded: BudgetExceeded };

/**
 * Steps per slice of a run on a page's own thread: each step is at most one burst (the budget's
 * `burst` segments), so a slice stays within a frame or two.
 */
const SLICE_STEPS = 64;

/** How often `onProgress` is called, in steps. */
const PROGRESS_EVERY = 1024;

/**
 * Runs a scenario to the end: until no event and no timer is pending. Throws `BudgetError` when
 * the run passes its budget; `trySimulate` returns that as data.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Trace {
  return new Simulation(scenario, options.budget).run(options.maxSteps, options.onProgress);
}

/**
 * `trySimulate` in slices of `steps` steps, awaiting `pause` between them (a page yields to its
 * event loop there, so a long run never blocks it); `pause` resolving false cancels the run
 * (null). The result is `trySimulate`'s, step for step.
 */
export async function simulateInSlices(
  scenario: Scenario,
  options: {
    budget: WorkBudget;
    /** Steps per slice (default `SLICE_STEPS`). */
    steps?: number;
    pause: (progress: RunProgress) => Promise<boolean>;
  },
): Promise<SimulateResult | null> {
  const run = new Simulation(scenario, options.budget);
  try {
    for (;;) {
      const trace = run.runSlice(options.steps ?? SLICE_STEPS);
      if (trace !== null) return { ok: true, trace, tcb: run.tcbTable() };
      if (!(await options.pause(run.progress()))) return null;
    }
  } catch (e) {
    if (e instanceof BudgetError) return { ok: false, exceeded: e.exceeded };
    throw e;
  }
}

/** `simulate`, with the budget error as a result instead of a throw. */
export function trySimulate(scenario: Scenario, options: SimulateOptions = {}): SimulateResult {
  try {
    const run = new Simulation(scenario, options.budget);
    return { ok: true, trace: run.run(options.maxSteps, options.onProgress), tcb: run.tcbTable() };
  } catch (e) {
    if (e instanceof BudgetError) return { ok: false, exceeded: e.exceeded };
    throw e;
  }
}

/**
 * A run that can be advanced step by step (the lab drives it live); `simulate` runs it to the end.
 */
export class Simulation {
  private readonly runtime: Runtime<EndpointId, ScenarioCall>;
  private readonly endpoints: Record<EndpointId, Endpoint>;
  private readonly notes: TraceNote[] = [];

  private readonly budget: WorkBudget;
  /** Steps taken by `runSlice` so far. */
  private sliced = 0;

  constructor(
    private readonly scenario: Scenario,
    budget: WorkBudget = BUDGETS.cli,
  ) {
    this.budget = budget;
    const driver: RunDriver<EndpointId, ScenarioCall> = {
      call: (c) => {
        if (c.kind === 'call') this.call(c);
        else this.forge(c.attack);
      },
      arrive: (to, segment) => {
        this.arrive(to, segment);
      },
    };
    const linux = scenario.profile === 'linux';
    this.runtime = new Runtime({
      driver,
      describe: linux ? describeWithLinux : describe,
      flight: scenarioFlight(scenario),
      budget,
    });
    const rng = createRng(scenario.seed);
    this.endpoints = { client: this.endpoint('client', rng), server: this.endpoint('server', rng) };
    this.runtime.tcbs.watch('client', this.endpoints.client.conn);
    this.runtime.tcbs.watch('server', this.endpoints.server.conn);
    if (
      this.endpoints.client.isnSource === 'seeded' ||
      this.endpoints.server.isnSource === 'seeded'
    ) {
      this.notes.push(why('note-isn-seeded', { seed: scenario.seed }));
    }
    for (const e of scenario.events) {
      this.runtime.call(e.t, {
        kind: 'call',
        endpoint: e.endpoint,
        call: e.call,
        bytes: e.bytes ?? 0,
      });
    }
    for (const attack of scenario.attacks ?? []) {
      this.runtime.call(attack.t, { kind: 'forge', attack });
    }
  }

  /** The virtual time of the last processed item. */
  get now(): number {
    return this.runtime.now;
  }

  /** When the next pending item happens, or null when nothing is pending. */
  nextTime(): number | null {
    return this.runtime.agenda.peekTime() ?? null;
  }

  /** Processes the next pending item; false when nothing was pending. */
  step(): boolean {
    return this.bounded(() => this.runtime.step());
  }

  /**
   * Processes every item up to and including time t; the clock then reads t. Throws
   * `BudgetError` when the run passes its budget.
   */
  runUntil(t: number, maxSteps = DEFAULT_MAX_STEPS): void {
    if (this.bounded(() => this.runtime.runUntil(t, maxSteps)) === 'budget') this.fail();
  }

  /** The endpoint's state now. */
  stateOf(endpoint: EndpointId): TcpStateName {
    return this.runtime.log.laneState(endpoint);
  }

  /** The endpoint's TCB now, as its machine holds it (RFC 9293 §3.3.1). */
  tcbOf(endpoint: EndpointId): Tcb {
    return this.endpoints[endpoint].conn.tcb;
  }

  /** Whether the endpoint's machine, as it is now, accepts the application call. */
  can(endpoint: EndpointId, call: CallName): boolean {
    return this.endpoints[endpoint].conn.can(appEvent(call, this.now, 1));
  }

  /**
   * Runs until no event and no timer is pending (or `maxSteps` were taken). Throws `BudgetError`
   * when the run passes its budget.
   */
  run(maxSteps = DEFAULT_MAX_STEPS, onProgress?: (progress: RunProgress) => void): Trace {
    let steps = 0;
    const afterStep =
      onProgress === undefined
        ? undefined
        : () => {
            if (++steps % PROGRESS_EVERY === 0) onProgress(this.progress());
          };
    const end = this.bounded(() => this.runtime.run(maxSteps, afterStep));
    if (end === 'budget') this.fail();
    if (end === 'step-limit') {
      this.notes.push(why('note-truncated', { steps: maxSteps, t: this.now }));
    }
    return this.trace();
  }

  /**
   * Takes at most `steps` more steps (the run as a whole stops at `maxSteps`, as `run` does):
   * the trace when the run has ended, null while more is pending. Throws `BudgetError` when the
   * run passes its budget. Slice by slice, a run gives the same trace as `run`.
   */
  runSlice(steps: number, maxSteps = DEFAULT_MAX_STEPS): Trace | null {
    const left = maxSteps - this.sliced;
    const slice = Math.min(steps, left);
    const end = this.bounded(() => this.runtime.run(slice));
    this.sliced += slice;
    if (end === 'budget') this.fail();
    if (end === 'idle') return this.trace();
    if (this.sliced < maxSteps) return null;
    // The whole run's step limit: `run` would stop here too, or end if nothing is pending.
    if (this.runtime.agenda.size > 0) {
      this.notes.push(why('note-truncated', { steps: maxSteps, t: this.now }));
    }
    return this.trace();
  }

  /** The work done so far. */
  progress(): RunProgress {
    const { runtime } = this;
    return { segments: runtime.wire.sent, events: runtime.log.events.length, t: this.now };
  }

  /** Runs `work`, turning a burst past the segment budget into the run's budget error. */
  private bounded<T>(work: () => T): T {
    try {
      return work();
    } catch (e) {
      if (e instanceof BurstLimitError) this.fail('burst');
      throw e;
    }
  }

  /** Stops the run with its budget error: what ran out, when, and the likely cause. */
  private fail(resource = this.runtime.exhausted ?? 'segments'): never {
    throw new BudgetError({
      resource,
      limit: this.budget[resource],
      t: this.now,
      cause: likelyCause(this.scenario, resource),
    });
  }

  /** The trace so far. */
  trace(): Trace {
    const summary = (id: EndpointId): TraceEndpoint => ({
      port: this.scenario[id].port,
      initialState: 'CLOSED',
      finalState: this.stateOf(id),
      isn: this.endpoints[id].isn,
      isnSource: this.endpoints[id].isnSource,
    });
    const { name, seed, profile } = this.scenario;
    return {
      source: { kind: 'scenario', name, seed, ...(profile === 'linux' ? { profile } : {}) },
      endpoints: { client: summary('client'), server: summary('server') },
      events: [...this.runtime.log.events],
      notes: [...this.notes],
    };
  }

  /** Each endpoint's TCB where it changed so far, beside the trace (tcb-table.ts). */
  tcbTable(): TcbTable {
    return this.runtime.tcbs.table(false);
  }

  private endpoint(id: EndpointId, rng: { nextU32(): number }): Endpoint {
    const { scenario } = this;
    const spec = scenario[id];
    const isn = spec.isn ?? rng.nextU32();
    const config: EndpointConfig = {
      isn,
      ...(spec.laterIsns === undefined ? {} : { laterIsns: spec.laterIsns }),
      port: spec.port,
      peerPort: scenario[peerOf(id)].port,
      mss: spec.mss,
      window: spec.window,
      windowScale: spec.windowScale,
      sackPermitted: spec.sackPermitted,
      rtoInitialMs: scenario.rto.initialMs,
      rtoMinMs: scenario.rto.minMs,
      maxRetransmissions: scenario.maxRetransmissions,
      mslMs: scenario.mslMs,
      maxBurst: this.budget.burst,
      ...(scenario.profile === 'linux'
        ? // TCP_RTO_MAX: the SYN's 64 s backoff (tcp_syn_retries) is not cut at an RFC ceiling.
          { profile: 'linux', rtoMaxMs: Math.max(scenario.rto.maxMs, LINUX.rtoMaxMs) }
        : { rtoMaxMs: scenario.rto.maxMs }),
    };
    const { runtime } = this;
    const to = peerOf(id);
    const conn = new Connection(
      config,
      (sender) =>
        new LaneEffects(
          runtime.log,
          id,
          (output) => runtime.wire.transmit({ from: id, to, output, sender, route: to }),
          { showStopAfterExpiry: true },
        ),
      runtime,
    );
    return { conn, isn, isnSource: spec.isn === null ? 'seeded' : 'scenario' };
  }

  /**
   * An off-path attacker's segment: it claims the target's peer as its source, with the
   * connection's ports, and flies as the peer's segments do; no endpoint sent it.
   */
  private forge(attack: ForgedSegment): void {
    const from = peerOf(attack.target);
    const has = (f: ForgedFlag) => attack.flags.includes(f);
    const segment: Segment = {
      srcPort: this.scenario[from].port,
      dstPort: this.scenario[attack.target].port,
      seq: seq(attack.seq),
      ack: seq(attack.ack ?? 0),
      ctl: {
        ...NO_CONTROL,
        syn: has('SYN'),
        ack: attack.ack !== null,
        fin: has('FIN'),
        rst: has('RST'),
        psh: has('PSH'),
      },
      len: attack.len,
      window: 65535,
      options: {},
    };
    const output = {
      type: 'out.segment',
      segment,
      retransmission: false,
      ackBasis: null,
      why: why('attack-forged-segment', { address: attack.address, seq: attack.seq }),
    } as const;
    this.runtime.wire.transmit({
      from,
      to: attack.target,
      output,
      sender: null,
      route: attack.target,
      forged: true,
    });
  }

  private call({ endpoint, call, bytes }: Extract<ScenarioCall, { kind: 'call' }>): void {
    const event = appEvent(call, this.now, bytes);
    const { conn } = this.endpoints[endpoint];
    const accepted = conn.can(event);
    const error = accepted ? null : callError(call, this.stateOf(endpoint));
    this.runtime.log.call(endpoint, call, call === 'send' ? bytes : undefined, error);
    if (accepted) conn.handle(event);
  }

  private arrive(to: EndpointId, segment: Segment): void {
    this.endpoints[to].conn.handle({ type: 'segment.arrived', t: this.now, segment });
  }
}

function appEvent(call: CallName, t: number, bytes: number): EndpointEvent {
  switch (call) {
    case 'listen':
      return { type: 'app.listen', t };
    case 'connect':
      return { type: 'app.connect', t };
    case 'send':
      return { type: 'app.send', t, bytes };
    case 'close':
      return { type: 'app.close', t };
    case 'abort':
      return { type: 'app.abort', t };
  }
}
