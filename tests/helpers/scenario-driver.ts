/**
 * A chainable driver over a scenario's trace that reads like the protocol:
 *
 *   run('lost-syn')
 *     .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
 *     .expectSegments([{ from: 'client', flags: 'SYN', seq: 1000, ack: null, lost: true }, ...]);
 *
 * It only reads the trace: every expected number comes from the test, worked out by hand.
 */
import { expect } from 'vitest';
import { getScenario, parseScenario } from '../../src/scenarios/index.ts';
import {
  simulate,
  type EndpointId,
  type Scenario,
  type SendEvent,
  type StateEvent,
  type TcpStateName,
  type TimerEvent,
  type TimerName,
  type Trace,
} from '../../src/sim/index.ts';

/**
 * A segment as a test writes it. `flags` in header bit order joined by '+' ('SYN+ACK',
 * 'PSH+ACK', 'FIN+ACK'). Omitted `len`, `retransmission`, `lost` and `duplicate` mean 0 / false;
 * `t`, `arrivesAt`, `window` and `sack` are checked only when given (`sack: []`: no SACK option).
 */
export interface SegmentSpec {
  from: EndpointId;
  flags: string;
  seq: number;
  ack: number | null;
  len?: number;
  retransmission?: boolean;
  lost?: boolean;
  duplicate?: boolean;
  t?: number;
  arrivesAt?: number;
  window?: number;
  sack?: [number, number][];
}

/** One state change as the trace records it. */
export interface StateChange {
  t: number;
  from: TcpStateName;
  to: TcpStateName;
}

/** The shape both sides are compared in: only the keys the expectation names. */
function project(actual: SendEvent, spec: SegmentSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {
    from: actual.from,
    flags: actual.flags.join('+'),
    seq: actual.seq,
    ack: actual.ack,
    len: actual.len,
    retransmission: actual.retransmission,
    lost: actual.lost === true,
    duplicate: actual.duplicateOf !== undefined,
  };
  if (spec.t !== undefined) out.t = actual.t;
  if (spec.arrivesAt !== undefined) out.arrivesAt = actual.arrivesAt;
  if (spec.window !== undefined) out.window = actual.window;
  if (spec.sack !== undefined) out.sack = actual.options.sack ?? [];
  return out;
}

function normalize(spec: SegmentSpec): Record<string, unknown> {
  const { t, arrivesAt, window, sack, ...rest } = spec;
  const out: Record<string, unknown> = {
    ...rest,
    len: spec.len ?? 0,
    retransmission: spec.retransmission ?? false,
    lost: spec.lost ?? false,
    duplicate: spec.duplicate ?? false,
  };
  if (t !== undefined) out.t = t;
  if (arrivesAt !== undefined) out.arrivesAt = arrivesAt;
  if (window !== undefined) out.window = window;
  if (sack !== undefined) out.sack = sack;
  return out;
}

/** A finished run of one scenario, with protocol-level questions and assertions. */
export class ScenarioRun {
  readonly trace: Trace;

  constructor(readonly scenario: Scenario) {
    this.trace = simulate(scenario);
  }

  /** Every segment put on the wire, in trace order (network copies included). */
  segments(): SendEvent[] {
    return this.trace.events.filter((e): e is SendEvent => e.type === 'send');
  }

  /** The n-th segment, counting from 1 as people do. */
  segment(n: number): SendEvent {
    const s = this.segments()[n - 1];
    if (s === undefined) throw new Error(`no segment #${n} (${this.segments().length} sent)`);
    return s;
  }

  /** The endpoint's state changes, in order. */
  stateChanges(endpoint: EndpointId): StateChange[] {
    return this.trace.events
      .filter((e): e is StateEvent => e.type === 'state' && e.endpoint === endpoint)
      .map(({ t, from, to }) => ({ t, from, to }));
  }

  /** The states the endpoint visits, starting with its initial one. */
  statesOf(endpoint: EndpointId): TcpStateName[] {
    const initial = this.trace.endpoints[endpoint].initialState;
    return [initial, ...this.stateChanges(endpoint).map((c) => c.to)];
  }

  /** The endpoint's timer events, optionally for one timer. */
  timers(endpoint: EndpointId, timer?: TimerName): TimerEvent[] {
    return this.trace.events.filter(
      (e): e is TimerEvent =>
        e.type === 'timer' && e.endpoint === endpoint && (timer === undefined || e.timer === timer),
    );
  }

  /** What the endpoint noticed (told its application, or dropped silently): [t, code]. */
  notices(endpoint: EndpointId): [number, string][] {
    return this.trace.events.flatMap((e): [number, string][] =>
      e.type === 'notice' && e.endpoint === endpoint ? [[e.t, e.why.code]] : [],
    );
  }

  /** The endpoint's initial sequence number as the trace reports it. */
  isn(endpoint: EndpointId): number {
    const isn = this.trace.endpoints[endpoint].isn;
    if (isn === null) throw new Error(`${endpoint} has no ISN in the trace`);
    return isn;
  }

  /** The scenario carries the values the test's arithmetic starts from. */
  expectGiven(given: Record<string, unknown>): this {
    expect(this.scenario).toMatchObject(given);
    return this;
  }

  /** Exactly these segments, in this order. */
  expectSegments(expected: readonly SegmentSpec[]): this {
    const actual = this.segments();
    const projected = actual.map((s, i) => {
      const spec = expected[i];
      return spec === undefined ? project(s, { ...s, flags: '' }) : project(s, spec);
    });
    expect(projected).toEqual(expected.map(normalize));
    return this;
  }

  /** The endpoint visits exactly these states, starting with its initial one. */
  expectStates(endpoint: EndpointId, states: readonly TcpStateName[]): this {
    expect(this.statesOf(endpoint)).toEqual(states);
    return this;
  }

  /** The endpoint enters each state at the given time: `[[10, 'SYN-SENT'], ...]`. */
  expectStateTimes(endpoint: EndpointId, entries: readonly [number, TcpStateName][]): this {
    expect(this.stateChanges(endpoint).map((c): [number, TcpStateName] => [c.t, c.to])).toEqual(
      entries,
    );
    return this;
  }

  /** Both endpoints end in these states. */
  expectFinal(states: Record<EndpointId, TcpStateName>): this {
    expect({
      client: this.trace.endpoints.client.finalState,
      server: this.trace.endpoints.server.finalState,
    }).toEqual(states);
    return this;
  }
}

const cache = new Map<string, ScenarioRun>();

/** Runs a built-in scenario by name (once per test file), or a scenario file given as data. */
export function run(scenario: string | Record<string, unknown>): ScenarioRun {
  if (typeof scenario !== 'string') {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(`invalid scenario: ${parsed.errors.join('; ')}`);
    return new ScenarioRun(parsed.scenario);
  }
  const cached = cache.get(scenario);
  if (cached !== undefined) return cached;
  const found = getScenario(scenario);
  if (found === undefined) throw new Error(`no built-in scenario named ${scenario}`);
  const fresh = new ScenarioRun(found);
  cache.set(scenario, fresh);
  return fresh;
}

/** Sequence-number arithmetic done by hand in tests: a + n modulo 2^32 (RFC 9293 §3.4). */
export function seqPlus(a: number, n: number): number {
  return (a + n) % 2 ** 32;
}

/**
 * The three segments of a client's active open against a listening server (RFC 9293 Figure 6),
 * with no loss: each leaves when the one before arrives, one one-way delay later.
 */
export function threeWayHandshake(o: {
  clientIsn: number;
  serverIsn: number;
  connectAt: number;
  delayMs: number;
}): SegmentSpec[] {
  const { clientIsn: c, serverIsn: s, connectAt: t0, delayMs: d } = o;
  return [
    // §3.10.1 OPEN: <SEQ=ISS><CTL=SYN>; no ACK flag, nothing to acknowledge yet.
    { from: 'client', flags: 'SYN', seq: c, ack: null, t: t0, arrivesAt: t0 + d },
    // §3.10.7.2 LISTEN: RCV.NXT = SEG.SEQ + 1 (the SYN takes one number); <SEQ=ISS><ACK=RCV.NXT>.
    {
      from: 'server',
      flags: 'SYN+ACK',
      seq: s,
      ack: seqPlus(c, 1),
      t: t0 + d,
      arrivesAt: t0 + 2 * d,
    },
    // §3.10.7.3 SYN-SENT: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, SND.NXT = ISS + 1.
    {
      from: 'client',
      flags: 'ACK',
      seq: seqPlus(c, 1),
      ack: seqPlus(s, 1),
      t: t0 + 2 * d,
      arrivesAt: t0 + 3 * d,
    },
  ];
}
