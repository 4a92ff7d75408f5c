/**
 * The deterministic simulator: two endpoint machines and the network between them on one virtual
 * clock. No wall-clock timers and no unseeded randomness: the same scenario gives the same trace.
 * The loop, the timers and the wire are the runtime's (src/sim/runtime/); this file says what a
 * scenario's calls do and where its segments go.
 */
import { callError } from './call-errors.ts';
import type { EndpointEvent } from './endpoint-events.ts';
import { describe, why } from './reasons.ts';
import { createRng } from './rng.ts';
import { Connection, LaneEffects, Runtime, type RunDriver } from './runtime/index.ts';
import type { CallName, ForgedFlag, ForgedSegment, Scenario } from './scenario.ts';
import { NO_CONTROL } from './segment.ts';
import { seq } from './seq.ts';
import { scenarioFlight } from './scenario-network.ts';
import type { Segment } from './segment.ts';
import type { EndpointConfig } from './tcb.ts';
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

/** Runs a scenario to the end: until no event and no timer is pending. */
export function simulate(scenario: Scenario, options: { maxSteps?: number } = {}): Trace {
  return new Simulation(scenario).run(options.maxSteps);
}

/**
 * A run that can be advanced step by step (the lab drives it live); `simulate` runs it to the end.
 */
export class Simulation {
  private readonly runtime: Runtime<EndpointId, ScenarioCall>;
  private readonly endpoints: Record<EndpointId, Endpoint>;
  private readonly notes: TraceNote[] = [];

  constructor(private readonly scenario: Scenario) {
    const driver: RunDriver<EndpointId, ScenarioCall> = {
      call: (c) => {
        if (c.kind === 'call') this.call(c);
        else this.forge(c.attack);
      },
      arrive: (to, segment) => {
        this.arrive(to, segment);
      },
    };
    this.runtime = new Runtime({ driver, describe, flight: scenarioFlight(scenario) });
    const rng = createRng(scenario.seed);
    this.endpoints = { client: this.endpoint('client', rng), server: this.endpoint('server', rng) };
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
    return this.runtime.step();
  }

  /** Processes every item up to and including time t; the clock then reads t. */
  runUntil(t: number, maxSteps = DEFAULT_MAX_STEPS): void {
    this.runtime.runUntil(t, maxSteps);
  }

  /** The endpoint's state now. */
  stateOf(endpoint: EndpointId): TcpStateName {
    return this.runtime.log.laneState(endpoint);
  }

  /** Whether the endpoint's machine, as it is now, accepts the application call. */
  can(endpoint: EndpointId, call: CallName): boolean {
    return this.endpoints[endpoint].conn.can(appEvent(call, this.now, 1));
  }

  /** Runs until no event and no timer is pending. */
  run(maxSteps = DEFAULT_MAX_STEPS): Trace {
    if (this.runtime.run(maxSteps) === 'step-limit') {
      this.notes.push(why('note-truncated', { steps: maxSteps, t: this.now }));
    }
    return this.trace();
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
    return {
      source: { kind: 'scenario', name: this.scenario.name, seed: this.scenario.seed },
      endpoints: { client: summary('client'), server: summary('server') },
      events: [...this.runtime.log.events],
      notes: [...this.notes],
    };
  }

  private endpoint(id: EndpointId, rng: { nextU32(): number }): Endpoint {
    const { scenario } = this;
    const spec = scenario[id];
    const isn = spec.isn ?? rng.nextU32();
    const config: EndpointConfig = {
      isn,
      port: spec.port,
      peerPort: scenario[peerOf(id)].port,
      mss: spec.mss,
      window: spec.window,
      windowScale: spec.windowScale,
      sackPermitted: spec.sackPermitted,
      rtoInitialMs: scenario.rto.initialMs,
      rtoMinMs: scenario.rto.minMs,
      rtoMaxMs: scenario.rto.maxMs,
      maxRetransmissions: scenario.maxRetransmissions,
      mslMs: scenario.mslMs,
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
