/**
 * A chainable driver for ONE endpoint machine, fed hand-made segments, that reads like the
 * protocol:
 *
 * ```ts
 * endpoint({ isn: 5000 })
 *   .listen()
 *   .receive({ flags: ['SYN'], seq: 1000, options: { mss: 1460 } })
 *   .expectState('SYN-RECEIVED')
 *   .expectSent({ flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 });
 * ```
 *
 * Each call is one step; `expectSent`, `expectNotice` and `expectTimer` look at what the last step
 * produced. Timers run on the driver's own virtual clock: `advance(ms)` fires whatever falls due,
 * `fireRetransmit()` jumps to the running retransmission timer's expiry. Application calls the
 * state cannot take are refused the way the simulator refuses them (`snapshot.can`), and
 * `expectRefused()` checks that. Every transition the machine takes is recorded by key (see
 * machine-transitions.ts), raised events included.
 */
import { expect } from 'vitest';
import { createActor, type Actor, type InspectionEvent } from 'xstate';
import {
  timerEvent,
  type EndpointEvent,
  type EndpointOutput,
} from '../../src/sim/endpoint-events.ts';
import { tcpEndpointMachine } from '../../src/sim/endpoint-machine.ts';
import { flagsOf, type ControlBits, type Segment } from '../../src/sim/segment.ts';
import { seq } from '../../src/sim/seq.ts';
import type { EndpointConfig, Tcb } from '../../src/sim/tcb.ts';
import type { TcpStateName } from '../../src/sim/tcp-state.ts';
import type { SegmentOptions, TcpFlag, TimerName } from '../../src/sim/trace.ts';
import { describeTransition } from './machine-transitions.ts';

/** The flags a hand-made segment can carry. */
export type Flag = Extract<TcpFlag, 'SYN' | 'ACK' | 'FIN' | 'RST' | 'PSH'>;

/** A segment as the peer would send it. `ack` is ignored unless ACK is among the flags. */
export interface SegmentSpec {
  flags: readonly Flag[];
  seq: number;
  ack?: number;
  /** Payload bytes (default 0). */
  len?: number;
  /** The window field as on the wire (default 65535). */
  window?: number;
  options?: SegmentOptions;
  srcPort?: number;
  dstPort?: number;
}

/**
 * What a sent segment should look like; only the given fields are compared. `flags` must match
 * exactly, except that PSH is ignored unless listed. `ack: null` means the ACK flag is clear.
 */
export interface ExpectedSegment {
  flags?: readonly Flag[];
  seq?: number;
  ack?: number | null;
  len?: number;
  window?: number;
  options?: SegmentOptions;
  retransmission?: boolean;
  srcPort?: number;
  dstPort?: number;
}

/** A sent segment, flattened for comparison. */
export interface SentSegment {
  flags: Flag[];
  seq: number;
  ack: number | null;
  len: number;
  window: number;
  options: SegmentOptions;
  retransmission: boolean;
  srcPort: number;
  dstPort: number;
  /** The reason code the core gave. */
  why: string;
}

/** TCB fields with sequence numbers written as plain numbers. */
export type TcbFields = {
  [K in keyof Tcb]?: Tcb[K] extends number
    ? number
    : Tcb[K] extends number | null
      ? number | null
      : Tcb[K];
};

interface Step {
  label: string;
  refused: boolean;
  outputs: EndpointOutput[];
  taken: string[];
}

interface RunningTimer {
  expiresAt: number;
  ms: number;
}

/** The settings of a driven endpoint: RFC defaults, ISS 5000 on port 80 facing port 50000. */
export const DEFAULT_CONFIG: EndpointConfig = {
  isn: 5000,
  port: 80,
  peerPort: 50000,
  mss: 1460,
  window: 65535,
  windowScale: 7,
  sackPermitted: true,
  rtoInitialMs: 1000,
  rtoMinMs: 1000,
  rtoMaxMs: 60000,
  maxRetransmissions: 5,
  mslMs: 120000,
};

/** What a typical peer offers in its SYN. */
export const PEER_SYN_OPTIONS: SegmentOptions = { mss: 1460, windowScale: 7, sackPermitted: true };

const FLAG_ORDER: readonly Flag[] = ['FIN', 'SYN', 'RST', 'PSH', 'ACK'];

function controlBits(flags: readonly Flag[]): ControlBits {
  return {
    syn: flags.includes('SYN'),
    ack: flags.includes('ACK'),
    fin: flags.includes('FIN'),
    rst: flags.includes('RST'),
    psh: flags.includes('PSH'),
  };
}

function normalizeFlags(flags: readonly Flag[], keepPsh: boolean): Flag[] {
  return FLAG_ORDER.filter((f) => flags.includes(f) && (keepPsh || f !== 'PSH'));
}

function flatten(o: Extract<EndpointOutput, { type: 'out.segment' }>): SentSegment {
  const s = o.segment;
  return {
    flags: flagsOf(s.ctl).filter((f): f is Flag => FLAG_ORDER.includes(f as Flag)),
    seq: s.seq,
    ack: s.ctl.ack ? s.ack : null,
    len: s.len,
    window: s.window,
    options: s.options,
    retransmission: o.retransmission,
    srcPort: s.srcPort,
    dstPort: s.dstPort,
    why: o.why.code,
  };
}

function project(actual: SentSegment, expected: ExpectedSegment): Record<string, unknown> {
  const keepPsh = expected.flags?.includes('PSH') ?? false;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected) as (keyof ExpectedSegment)[]) {
    out[key] = key === 'flags' ? normalizeFlags(actual.flags, keepPsh) : actual[key];
  }
  return out;
}

function normalizeExpected(expected: ExpectedSegment): Record<string, unknown> {
  const keepPsh = expected.flags?.includes('PSH') ?? false;
  const out: Record<string, unknown> = { ...expected };
  if (expected.flags !== undefined) out.flags = normalizeFlags(expected.flags, keepPsh);
  return out;
}

/** Drives one endpoint machine. Create it with `endpoint(config)`. */
export class EndpointDriver {
  readonly config: EndpointConfig;
  private readonly actor: Actor<typeof tcpEndpointMachine>;
  private readonly steps: Step[] = [];
  private collecting: EndpointOutput[] = [];
  private takenNow: string[] = [];
  private readonly timers: Record<TimerName, RunningTimer | null> = {
    retransmit: null,
    'time-wait': null,
    'delayed-ack': null,
    'fin-wait-2': null,
  };
  /** The driver's virtual clock, in ms. */
  now = 0;

  constructor(config: Partial<EndpointConfig> = {}) {
    this.config = { ...DEFAULT_CONFIG, ...config };
    this.actor = createActor(tcpEndpointMachine, {
      input: this.config,
      inspect: (ev: InspectionEvent) => {
        if (ev.type !== '@xstate.microstep') return;
        for (const def of ev._transitions) {
          const t = describeTransition(def);
          if (t !== null) this.takenNow.push(t.key);
        }
      },
    });
    this.actor.on('*', (o) => {
      this.collecting.push(o);
    });
    this.actor.start();
  }

  // ---- reading ------------------------------------------------------------------------------

  /** The current RFC 9293 state. */
  get state(): TcpStateName {
    return this.actor.getSnapshot().value;
  }

  /** The TCB (the machine's context). */
  get tcb(): Tcb {
    return this.actor.getSnapshot().context;
  }

  private get last(): Step {
    const step = this.steps.at(-1);
    if (step === undefined) throw new Error('no step taken yet');
    return step;
  }

  /** Segments the last step sent. */
  get sent(): SentSegment[] {
    return this.last.outputs.flatMap((o) => (o.type === 'out.segment' ? [flatten(o)] : []));
  }

  /** Every segment sent so far, in order. */
  get allSent(): SentSegment[] {
    return this.steps.flatMap((s) =>
      s.outputs.flatMap((o) => (o.type === 'out.segment' ? [flatten(o)] : [])),
    );
  }

  /**
   * Reason codes of the notices the last step emitted: `notice-*` is what the application is
   * told, `discard-*` narrates a dropped segment.
   */
  get notices(): string[] {
    return this.last.outputs.flatMap((o) => (o.type === 'out.notice' ? [o.why.code] : []));
  }

  /** Timer commands of the last step, as `start retransmit 1000` / `stop time-wait`. */
  get timerCommands(): string[] {
    return this.last.outputs.flatMap((o) =>
      o.type === 'out.timer'
        ? [o.action === 'start' ? `start ${o.timer} ${o.ms ?? 0}` : `stop ${o.timer}`]
        : [],
    );
  }

  /** The states the last step entered, each with its reason code, in order. */
  get lastEntered(): { to: TcpStateName; code: string }[] {
    return this.last.outputs.flatMap((o) =>
      o.type === 'out.state' ? [{ to: o.to, code: o.why.code }] : [],
    );
  }

  /** Keys of the transitions the last step took (raised events included). */
  get lastTaken(): string[] {
    return this.last.taken;
  }

  /** Keys of every transition taken so far. */
  get taken(): string[] {
    return this.steps.flatMap((s) => s.taken);
  }

  /** The running timer, or null. */
  timer(name: TimerName): RunningTimer | null {
    return this.timers[name];
  }

  // ---- driving ------------------------------------------------------------------------------

  private step(label: string, event: EndpointEvent): this {
    this.collecting = [];
    this.takenNow = [];
    this.actor.send(event);
    const outputs = this.collecting;
    for (const o of outputs) {
      if (o.type !== 'out.timer') continue;
      this.timers[o.timer] =
        o.action === 'start' ? { expiresAt: this.now + (o.ms ?? 0), ms: o.ms ?? 0 } : null;
    }
    this.steps.push({ label, refused: false, outputs, taken: this.takenNow });
    return this;
  }

  private call(label: string, event: EndpointEvent): this {
    if (!this.actor.getSnapshot().can(event)) {
      this.steps.push({ label, refused: true, outputs: [], taken: [] });
      return this;
    }
    return this.step(label, event);
  }

  listen(): this {
    return this.call('listen()', { type: 'app.listen', t: this.now });
  }

  connect(): this {
    return this.call('connect()', { type: 'app.connect', t: this.now });
  }

  send(bytes: number): this {
    return this.call(`send(${bytes})`, { type: 'app.send', t: this.now, bytes });
  }

  close(): this {
    return this.call('close()', { type: 'app.close', t: this.now });
  }

  abort(): this {
    return this.call('abort()', { type: 'app.abort', t: this.now });
  }

  /** A segment from the peer arrives now. */
  receive(spec: SegmentSpec): this {
    const ctl = controlBits(spec.flags);
    const segment: Segment = {
      srcPort: spec.srcPort ?? this.config.peerPort,
      dstPort: spec.dstPort ?? this.config.port,
      seq: seq(spec.seq),
      ack: seq(ctl.ack ? (spec.ack ?? 0) : 0),
      ctl,
      len: spec.len ?? 0,
      window: spec.window ?? 65535,
      options: spec.options ?? {},
    };
    return this.step(`receive ${spec.flags.join(',')} ${spec.seq}`, {
      type: 'segment.arrived',
      t: this.now,
      segment,
    });
  }

  private fire(name: TimerName): this {
    const running = this.timers[name];
    if (running === null) throw new Error(`the ${name} timer is not running`);
    this.now = running.expiresAt;
    this.timers[name] = null;
    return this.step(`${name} expires`, timerEvent(name, this.now));
  }

  /** Jumps to the running retransmission timer's expiry and fires it. */
  fireRetransmit(): this {
    return this.fire('retransmit');
  }

  /** Jumps to the running TIME-WAIT timer's expiry and fires it. */
  fireTimeWait(): this {
    return this.fire('time-wait');
  }

  /** Jumps to the running delayed-ACK timer's expiry (Linux profile) and fires it. */
  fireDelayedAck(): this {
    return this.fire('delayed-ack');
  }

  /** Jumps to the running FIN-WAIT-2 timer's expiry (Linux profile) and fires it. */
  fireFinWait2(): this {
    return this.fire('fin-wait-2');
  }

  /** Lets `ms` pass, firing every timer that falls due, in order. */
  advance(ms: number): this {
    const until = this.now + ms;
    for (;;) {
      const due = (['retransmit', 'time-wait', 'delayed-ack', 'fin-wait-2'] as const)
        .map((name) => ({ name, timer: this.timers[name] }))
        .filter((x) => x.timer !== null && x.timer.expiresAt <= until)
        .sort((a, b) => (a.timer?.expiresAt ?? 0) - (b.timer?.expiresAt ?? 0))[0];
      if (due === undefined) break;
      this.fire(due.name);
    }
    this.now = until;
    return this;
  }

  /** Runs `fn` on this driver, for reusable chains (not `then`: that would make it a thenable). */
  tap(fn: (d: this) => unknown): this {
    fn(this);
    return this;
  }

  // ---- handshakes ---------------------------------------------------------------------------

  /** LISTEN, the peer's SYN at `peerIsn`, its ACK of our SYN: ESTABLISHED (RFC 9293 Figure 6). */
  handshakeAsServer(peerIsn = 1000, options: SegmentOptions = PEER_SYN_OPTIONS): this {
    return this.listen()
      .receive({ flags: ['SYN'], seq: peerIsn, options })
      .expectState('SYN-RECEIVED')
      .receive({ flags: ['ACK'], seq: peerIsn + 1, ack: this.config.isn + 1 })
      .expectState('ESTABLISHED');
  }

  /** Our SYN, the peer's SYN+ACK at `peerIsn`: ESTABLISHED (RFC 9293 Figure 6). */
  handshakeAsClient(peerIsn = 1000, options: SegmentOptions = PEER_SYN_OPTIONS): this {
    return this.connect()
      .expectState('SYN-SENT')
      .receive({ flags: ['SYN', 'ACK'], seq: peerIsn, ack: this.config.isn + 1, options })
      .expectState('ESTABLISHED');
  }

  /** Our SYN crosses the peer's SYN at `peerIsn`: SYN-RECEIVED (RFC 9293 Figure 8). */
  simultaneousOpen(peerIsn = 1000, options: SegmentOptions = PEER_SYN_OPTIONS): this {
    return this.connect()
      .receive({ flags: ['SYN'], seq: peerIsn, options })
      .expectState('SYN-RECEIVED');
  }

  // ---- expectations -------------------------------------------------------------------------

  private where(): string {
    const step = this.steps.at(-1);
    return `after ${step?.label ?? 'start'} (state ${this.state})`;
  }

  expectState(state: TcpStateName): this {
    expect(this.state, `state ${this.where()}`).toBe(state);
    return this;
  }

  /** The last step sent exactly these segments, in this order. */
  expectSent(...expected: ExpectedSegment[]): this {
    const sent = this.sent;
    expect(
      sent.map((s, i) => project(s, expected[i] ?? {})),
      `segments sent ${this.where()}: ${JSON.stringify(sent)}`,
    ).toEqual(expected.map(normalizeExpected));
    return this;
  }

  expectNothingSent(): this {
    expect(this.sent, `segments sent ${this.where()}`).toEqual([]);
    return this;
  }

  /** The last step told the application this (a reason code such as `notice-timed-out`). */
  expectNotice(code: string): this {
    expect(this.notices, `notices ${this.where()}`).toContain(code);
    return this;
  }

  /** The application was told nothing (`notice-*` codes; `discard-*` narration is allowed). */
  expectNoNotice(): this {
    const told = this.notices.filter((c) => c.startsWith('notice-'));
    expect(told, `notices ${this.where()}`).toEqual([]);
    return this;
  }

  /** The last step issued this timer command (`start` with its duration, or `stop`). */
  expectTimer(name: TimerName, action: 'start' | 'stop', ms?: number): this {
    const wanted = action === 'stop' ? `stop ${name}` : `start ${name} ${ms ?? ''}`.trimEnd();
    const commands = this.timerCommands.map((c) =>
      action === 'start' && ms === undefined ? c.replace(/ \d+$/, '') : c,
    );
    expect(commands, `timer commands ${this.where()}`).toContain(wanted);
    return this;
  }

  /** Whether the timer is running now (and, if given, with this duration). */
  expectTimerRunning(name: TimerName, running: boolean, ms?: number): this {
    const t = this.timers[name];
    expect(t !== null, `${name} timer running ${this.where()}`).toBe(running);
    if (ms !== undefined) expect(t?.ms, `${name} timer duration ${this.where()}`).toBe(ms);
    return this;
  }

  /** The last application call was refused (the state has no transition for it). */
  expectRefused(): this {
    expect(this.last.refused, `call refused ${this.where()}`).toBe(true);
    return this;
  }

  /** Selected TCB fields (sequence numbers as plain numbers). */
  expectTcb(fields: TcbFields): this {
    const tcb = this.tcb;
    const actual: Partial<Record<keyof Tcb, unknown>> = {};
    for (const key of Object.keys(fields) as (keyof Tcb)[]) actual[key] = tcb[key];
    expect(actual, `TCB ${this.where()}`).toEqual(fields);
    return this;
  }

  /** The last step took this transition (a key from machine-transitions.ts). */
  expectTook(key: string): this {
    expect(this.lastTaken, `transitions ${this.where()}`).toContain(key);
    return this;
  }
}

/** A fresh endpoint in CLOSED. */
export function endpoint(config: Partial<EndpointConfig> = {}): EndpointDriver {
  return new EndpointDriver(config);
}
