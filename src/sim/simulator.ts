/**
 * The deterministic simulator: two endpoint machines and the network between them on one virtual
 * clock. No wall-clock timers and no unseeded randomness: the same scenario gives the same trace.
 */
import { createActor, type Actor } from 'xstate';
import { callError } from './call-errors.ts';
import type { EndpointEvent, EndpointOutput } from './endpoint-events.ts';
import { tcpEndpointMachine } from './endpoint-machine.ts';
import { EventQueue } from './event-queue.ts';
import { describe, why } from './reasons.ts';
import { createRng } from './rng.ts';
import type { CallName, Scenario } from './scenario.ts';
import { flagsOf, type Segment } from './segment.ts';
import type { EndpointConfig } from './tcb.ts';
import type { TcpStateName } from './tcp-state.ts';
import type { EndpointId, SendEvent, TimerName, Trace, TraceEvent, TraceNote } from './trace.ts';
import { statesFirst } from './states-first.ts';

type QueueItem =
  | { kind: 'call'; endpoint: EndpointId; call: CallName; bytes: number }
  | { kind: 'arrive'; id: number; to: EndpointId; segment: Segment }
  | { kind: 'drop'; id: number }
  | { kind: 'timer'; endpoint: EndpointId; timer: TimerName; generation: number };

/**
 * At the same instant, application calls come first, then arriving segments, then timers: an
 * ACK that arrives exactly when the RTO would fire cancels it, as a real stack's softirq would.
 */
const RANK = { call: 0, arrive: 1, drop: 1, timer: 2 } as const;

/** Stop a run that would not end by itself (it cannot with the built-in limits, but inputs vary). */
const DEFAULT_MAX_STEPS = 1_000_000;

const peerOf = (e: EndpointId): EndpointId => (e === 'client' ? 'server' : 'client');

interface EndpointRuntime {
  actor: Actor<typeof tcpEndpointMachine>;
  state: TcpStateName;
  transmitted: number;
  timerGeneration: Record<TimerName, number>;
  /** First transmission's id by its sequence number, to link retransmissions. */
  firstIdBySeq: Map<string, number>;
  isn: number;
  isnSource: 'scenario' | 'seeded';
}

/** Runs a scenario to the end: until no event and no timer is pending. */
export function simulate(scenario: Scenario, options: { maxSteps?: number } = {}): Trace {
  return new Simulation(scenario).run(options.maxSteps);
}

/**
 * A run that can be advanced step by step (the lab drives it live); `simulate` runs it to the end.
 */
export class Simulation {
  private readonly queue = new EventQueue<QueueItem>();
  private readonly events: TraceEvent[] = [];
  private readonly notes: TraceNote[] = [];
  private readonly endpoints: Record<EndpointId, EndpointRuntime>;
  private nextId = 1;
  private clock = 0;
  private pending: EndpointOutput[] = [];

  constructor(private readonly scenario: Scenario) {
    const rng = createRng(scenario.seed);
    const make = (id: EndpointId): EndpointRuntime => {
      const spec = scenario[id];
      const seeded = spec.isn === null;
      const isn = spec.isn ?? rng.nextU32();
      const peer = scenario[peerOf(id)];
      const config: EndpointConfig = {
        isn,
        port: spec.port,
        peerPort: peer.port,
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
      const actor = createActor(tcpEndpointMachine, { input: config });
      actor.on('*', (output) => {
        this.pending.push(output);
      });
      actor.start();
      this.pending = [];
      return {
        actor,
        state: 'CLOSED',
        transmitted: 0,
        timerGeneration: { retransmit: 0, 'time-wait': 0 },
        firstIdBySeq: new Map(),
        isn,
        isnSource: seeded ? 'seeded' : 'scenario',
      };
    };
    this.endpoints = { client: make('client'), server: make('server') };
    if (
      this.endpoints.client.isnSource === 'seeded' ||
      this.endpoints.server.isnSource === 'seeded'
    ) {
      this.notes.push(why('note-isn-seeded', { seed: scenario.seed }));
    }
    for (const e of scenario.events) {
      this.queue.push(e.t, {
        kind: 'call',
        endpoint: e.endpoint,
        call: e.call,
        bytes: e.bytes ?? 0,
      });
    }
  }

  /** The virtual time of the last processed item. */
  get now(): number {
    return this.clock;
  }

  /** When the next pending item happens, or null when nothing is pending. */
  nextTime(): number | null {
    return this.queue.peekTime() ?? null;
  }

  /** Processes the next pending item; false when nothing was pending. */
  step(): boolean {
    const next = this.queue.pop();
    if (next === undefined) return false;
    this.clock = next.t;
    this.handle(next.item);
    return true;
  }

  /** Processes every item up to and including time t; the clock then reads t. */
  runUntil(t: number, maxSteps = DEFAULT_MAX_STEPS): void {
    let steps = 0;
    for (
      let next = this.queue.peekTime();
      next !== undefined && next <= t;
      next = this.queue.peekTime()
    ) {
      if (++steps > maxSteps) break;
      this.step();
    }
    this.clock = Math.max(this.clock, t);
  }

  /** The endpoint's state now. */
  stateOf(endpoint: EndpointId): TcpStateName {
    return this.endpoints[endpoint].state;
  }

  /** Whether the endpoint's machine, as it is now, accepts the application call. */
  can(endpoint: EndpointId, call: CallName): boolean {
    return this.endpoints[endpoint].actor.getSnapshot().can(appEvent(call, this.clock, 1));
  }

  /** Runs until no event and no timer is pending. */
  run(maxSteps = DEFAULT_MAX_STEPS): Trace {
    let steps = 0;
    while (this.queue.size > 0) {
      if (++steps > maxSteps) {
        this.notes.push(why('note-truncated', { steps: maxSteps, t: this.clock }));
        break;
      }
      this.step();
    }
    return this.trace();
  }

  /** The trace so far. */
  trace(): Trace {
    const summary = (id: EndpointId) => {
      const rt = this.endpoints[id];
      return {
        port: this.scenario[id].port,
        initialState: 'CLOSED' as const,
        finalState: rt.state,
        isn: rt.isn,
        isnSource: rt.isnSource,
      };
    };
    return {
      source: { kind: 'scenario', name: this.scenario.name, seed: this.scenario.seed },
      endpoints: { client: summary('client'), server: summary('server') },
      events: [...this.events],
      notes: [...this.notes],
    };
  }

  private handle(item: QueueItem): void {
    switch (item.kind) {
      case 'call':
        this.call(item.endpoint, item.call, item.bytes);
        return;
      case 'arrive':
        this.events.push({ t: this.clock, type: 'deliver', id: item.id });
        this.dispatch(item.to, { type: 'segment.arrived', t: this.clock, segment: item.segment });
        return;
      case 'drop':
        this.events.push({ t: this.clock, type: 'drop', id: item.id });
        return;
      case 'timer': {
        const rt = this.endpoints[item.endpoint];
        if (rt.timerGeneration[item.timer] !== item.generation) return;
        rt.timerGeneration[item.timer] += 1;
        this.events.push({
          t: this.clock,
          type: 'timer',
          endpoint: item.endpoint,
          timer: item.timer,
          action: 'expire',
        });
        this.dispatch(item.endpoint, {
          type: item.timer === 'retransmit' ? 'timer.retransmit' : 'timer.timeWait',
          t: this.clock,
        });
        return;
      }
    }
  }

  private call(endpoint: EndpointId, call: CallName, bytes: number): void {
    const event = appEvent(call, this.clock, bytes);
    const rt = this.endpoints[endpoint];
    const accepted = rt.actor.getSnapshot().can(event);
    this.events.push({
      t: this.clock,
      type: 'call',
      endpoint,
      call,
      ...(call === 'send' ? { bytes } : {}),
      error: accepted ? null : callError(call, rt.state),
    });
    if (accepted) this.dispatch(endpoint, event);
  }

  private dispatch(endpoint: EndpointId, event: EndpointEvent): void {
    this.pending = [];
    this.endpoints[endpoint].actor.send(event);
    const outputs = statesFirst(this.pending);
    this.pending = [];
    for (const output of outputs) this.apply(endpoint, output);
  }

  private apply(endpoint: EndpointId, output: EndpointOutput): void {
    const rt = this.endpoints[endpoint];
    switch (output.type) {
      case 'out.state':
        if (output.to !== rt.state) {
          this.events.push({
            t: this.clock,
            type: 'state',
            endpoint,
            from: rt.state,
            to: output.to,
            reason: describe(output.why),
            why: output.why,
          });
          rt.state = output.to;
        }
        return;
      case 'out.notice':
        this.events.push({
          t: this.clock,
          type: 'notice',
          endpoint,
          reason: describe(output.why),
          why: output.why,
        });
        return;
      case 'out.timer': {
        rt.timerGeneration[output.timer] += 1;
        if (output.action === 'stop') {
          this.events.push({
            t: this.clock,
            type: 'timer',
            endpoint,
            timer: output.timer,
            action: 'stop',
          });
          return;
        }
        const ms = output.ms ?? 0;
        this.events.push({
          t: this.clock,
          type: 'timer',
          endpoint,
          timer: output.timer,
          action: 'start',
          expiresAt: this.clock + ms,
          durationMs: ms,
        });
        this.queue.push(
          this.clock + ms,
          {
            kind: 'timer',
            endpoint,
            timer: output.timer,
            generation: rt.timerGeneration[output.timer],
          },
          RANK.timer,
        );
        return;
      }
      case 'out.segment':
        this.transmit(endpoint, output);
        return;
    }
  }

  private transmit(
    from: EndpointId,
    output: Extract<EndpointOutput, { type: 'out.segment' }>,
  ): void {
    const rt = this.endpoints[from];
    const to = peerOf(from);
    const { segment } = output;
    const index = ++rt.transmitted;
    const id = this.nextId++;
    const net = this.scenario.network;
    const matches = (f: { from: EndpointId; index: number }) =>
      f.from === from && f.index === index;
    const baseDelay =
      from === 'client'
        ? this.scenario.delayMs.clientToServer
        : this.scenario.delayMs.serverToClient;
    const extra = net.delay.filter(matches).reduce((sum, d) => sum + d.ms, 0);
    const lost = net.drop.some(matches);
    const arrivesAt = this.clock + baseDelay + extra;
    const key = `${segment.seq}:${segment.ctl.syn}:${segment.ctl.fin}:${segment.len}`;
    const firstId = rt.firstIdBySeq.get(key);
    if (firstId === undefined && !output.retransmission) rt.firstIdBySeq.set(key, id);
    const send: SendEvent = {
      t: this.clock,
      type: 'send',
      id,
      from,
      to,
      srcPort: segment.srcPort,
      dstPort: segment.dstPort,
      flags: flagsOf(segment.ctl),
      seq: segment.seq,
      ack: segment.ctl.ack ? segment.ack : null,
      len: segment.len,
      window: segment.window,
      options: segment.options,
      retransmission: output.retransmission,
      ...(output.retransmission && firstId !== undefined ? { retransmissionOf: firstId } : {}),
      arrivesAt,
      ...(lost ? { lost: true } : {}),
      ...(extra > 0 ? { extraDelayMs: extra } : {}),
      index,
      ackBasis: output.ackBasis,
      reason: describe(output.why),
      why: output.why,
    };
    this.events.push(send);
    if (lost) {
      this.queue.push(this.clock + (baseDelay + extra) / 2, { kind: 'drop', id }, RANK.drop);
    } else {
      this.queue.push(arrivesAt, { kind: 'arrive', id, to, segment }, RANK.arrive);
    }
    for (const dup of net.duplicate.filter(matches)) {
      const copyId = this.nextId++;
      const copyArrives = arrivesAt + (dup.ms ?? Math.max(1, Math.round(baseDelay / 2)));
      const w = why('network-duplicate', { id });
      this.events.push({
        ...send,
        id: copyId,
        retransmission: false,
        duplicateOf: id,
        arrivesAt: copyArrives,
        lost: undefined,
        reason: describe(w),
        why: w,
      });
      this.queue.push(copyArrives, { kind: 'arrive', id: copyId, to, segment }, RANK.arrive);
    }
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
