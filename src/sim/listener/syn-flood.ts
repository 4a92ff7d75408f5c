/**
 * A SYN flood against a listener with a bounded SYN queue, and SYN cookies as the defence
 * (RFC 4987). The listener keeps one endpoint machine per half-open connection, each in
 * SYN-RECEIVED with its own SYN+ACK retransmissions; an attacker sends SYNs from forged
 * addresses that never complete; a legitimate client then tries to connect. Pure and
 * deterministic: one virtual clock, one seeded generator.
 *
 * The trace keeps its two lanes. The client lane carries the legitimate client and the
 * attacker's SYNs (marked with their forged address); the server lane is the listening socket
 * and, once there is one, its connection with the legitimate client. The half-open entries of
 * forged addresses appear in `backlog` events, not as server state changes.
 */
import type { EndpointEvent, EndpointOutput } from '../endpoint-events.ts';
import { EventQueue } from '../event-queue.ts';
import { describe, why } from '../reasons.ts';
import { createRng, type Rng } from '../rng.ts';
import { NO_CONTROL, flagsOf, type Segment } from '../segment.ts';
import { seq, seqAdd } from '../seq.ts';
import type { EndpointConfig } from '../tcb.ts';
import type { TcpStateName } from '../tcp-state.ts';
import type {
  AckBasis,
  BacklogEntry,
  EndpointId,
  SendEvent,
  TimerName,
  Trace,
  TraceEvent,
  Why,
} from '../trace.ts';
import { Connection } from './connection.ts';
import { checkSynFloodConfig, type SynFloodConfig } from './flood-config.ts';
import { FLOOD_REASONS, describeFlood, floodWhy } from './flood-reasons.ts';
import { checkCookie, makeCookie, type CookieCheck, type FourTuple } from './syn-cookie.ts';
import { SynQueue } from './syn-queue.ts';

/** Documentation addresses (RFC 5737): the server, the client, and the forged sources. */
export const FLOOD_ADDRESSES = {
  server: '192.0.2.1',
  client: '198.51.100.7',
  spoofedPrefix: '203.0.113.',
} as const;

const SERVER_PORT = 80;
const CLIENT_PORT = 50000;
const WINDOW = 65535;
const MSS = 1460;
const MSL_MS = 120_000;
const MAX_STEPS = 200_000;

/** A host on the client side of the network. */
interface Peer {
  address: string;
  port: number;
}

/** Where a connection's outputs go: its lane (null: only its segments are drawn) and its peer. */
interface Role {
  lane: EndpointId | null;
  side: EndpointId;
  peer: Peer;
}

/** One connection the listener holds. */
interface ServerConnection {
  conn: Connection;
  peer: Peer;
  legitimate: boolean;
  since: number;
  synAcksSent: number;
  nextRetransmitAt: number | null;
}

type Item =
  | { kind: 'listen' }
  | { kind: 'connect' }
  | { kind: 'spoof'; n: number }
  | { kind: 'arrive'; id: number; to: EndpointId; from: Peer; segment: Segment }
  | { kind: 'drop'; id: number }
  | { kind: 'timer'; conn: Connection; role: Role; timer: TimerName; generation: number };

/** As the two-endpoint simulator: calls first at an instant, then arrivals, then timers. */
const RANK = { call: 0, arrive: 1, timer: 2 } as const;

const keyOf = (p: Peer): string => `${p.address}:${String(p.port)}`;
const other = (side: EndpointId): EndpointId => (side === 'client' ? 'server' : 'client');

/** Runs a SYN flood to the end: until no segment is in flight and no timer is pending. */
export function simulateSynFlood(config: SynFloodConfig): Trace {
  return new SynFloodRun(config).run();
}

class SynFloodRun {
  private readonly queue = new EventQueue<Item>();
  private readonly events: TraceEvent[] = [];
  private readonly rng: Rng;
  private readonly secret: number;
  private readonly synQueue: SynQueue;
  private readonly connections = new Map<string, ServerConnection>();
  private readonly client: Connection;
  private readonly clientPeer: Peer = { address: FLOOD_ADDRESSES.client, port: CLIENT_PORT };
  private readonly laneState: Record<EndpointId, TcpStateName> = {
    client: 'CLOSED',
    server: 'CLOSED',
  };
  private readonly transmitted: Record<EndpointId, number> = { client: 0, server: 0 };
  private readonly firstIdBySeq = new Map<Connection, Map<string, number>>();
  private listener: Connection | null = null;
  private serverIsn: number | null = null;
  private lastBacklog = '';
  private nextId = 1;
  private clock = 0;

  constructor(private readonly config: SynFloodConfig) {
    checkSynFloodConfig(config);
    this.rng = createRng(config.seed);
    this.secret = this.rng.nextU32();
    this.synQueue = new SynQueue(config.backlog);
    this.client = new Connection(
      this.endpointConfig(this.rng.nextU32(), CLIENT_PORT, SERVER_PORT, config.clientSynRetries),
    );
    this.queue.push(0, { kind: 'listen' }, RANK.call);
    for (let n = 0; n < config.attackSyns; n++) {
      this.queue.push(
        config.attackStartMs + n * config.attackIntervalMs,
        { kind: 'spoof', n },
        RANK.call,
      );
    }
    this.queue.push(config.clientConnectMs, { kind: 'connect' }, RANK.call);
  }

  run(): Trace {
    let steps = 0;
    for (let next = this.queue.pop(); next !== undefined; next = this.queue.pop()) {
      if (++steps > MAX_STEPS) break;
      this.clock = next.t;
      this.handle(next.item);
      this.noteBacklog();
    }
    return this.trace();
  }

  private endpointConfig(
    isn: number,
    port: number,
    peerPort: number,
    maxRetransmissions: number,
  ): EndpointConfig {
    const { rto } = this.config;
    return {
      isn,
      port,
      peerPort,
      mss: MSS,
      window: WINDOW,
      windowScale: 7,
      sackPermitted: true,
      rtoInitialMs: rto.initialMs,
      rtoMinMs: rto.minMs,
      rtoMaxMs: rto.maxMs,
      maxRetransmissions,
      mslMs: MSL_MS,
    };
  }

  private handle(item: Item): void {
    switch (item.kind) {
      case 'listen':
        this.listen();
        return;
      case 'connect':
        this.events.push({
          t: this.clock,
          type: 'call',
          endpoint: 'client',
          call: 'connect',
          error: null,
        });
        this.apply(
          this.client,
          this.clientRole(),
          this.client.dispatch({ type: 'app.connect', t: this.clock }),
        );
        return;
      case 'spoof':
        this.spoof(item.n);
        return;
      case 'arrive':
        this.events.push({ t: this.clock, type: 'deliver', id: item.id });
        if (item.to === 'client') {
          this.apply(
            this.client,
            this.clientRole(),
            this.client.dispatch(this.arrival(item.segment)),
          );
        } else {
          this.atServer(item.from, item.segment);
        }
        return;
      case 'drop':
        this.events.push({ t: this.clock, type: 'drop', id: item.id });
        return;
      case 'timer': {
        const { conn, role, timer } = item;
        if (!conn.alive || conn.timerGeneration[timer] !== item.generation) return;
        conn.timerGeneration[timer] += 1;
        conn.timersShown.delete(timer);
        if (role.lane !== null) {
          this.events.push({
            t: this.clock,
            type: 'timer',
            endpoint: role.lane,
            timer,
            action: 'expire',
          });
        }
        const entry = this.connections.get(keyOf(role.peer));
        if (entry?.conn === conn) entry.nextRetransmitAt = null;
        this.apply(
          conn,
          role,
          conn.dispatch({
            type: timer === 'retransmit' ? 'timer.retransmit' : 'timer.timeWait',
            t: this.clock,
          }),
        );
        this.settle(role.peer);
        return;
      }
    }
  }

  private clientRole(): Role {
    return {
      lane: 'client',
      side: 'client',
      peer: { address: FLOOD_ADDRESSES.server, port: SERVER_PORT },
    };
  }

  private serverRole(peer: Peer, legitimate: boolean): Role {
    return { lane: legitimate ? 'server' : null, side: 'server', peer };
  }

  private arrival(segment: Segment): EndpointEvent {
    return { type: 'segment.arrived', t: this.clock, segment };
  }

  private listen(): void {
    this.events.push({
      t: this.clock,
      type: 'call',
      endpoint: 'server',
      call: 'listen',
      error: null,
    });
    const listener = new Connection(this.endpointConfig(0, SERVER_PORT, 0, 0));
    this.listener = listener;
    this.apply(
      listener,
      this.serverRole(this.clientPeer, true),
      listener.dispatch({ type: 'app.listen', t: this.clock }),
    );
  }

  /** The attacker's n-th SYN, from a forged address that will never answer. */
  private spoof(n: number): void {
    const peer: Peer = {
      address: `${FLOOD_ADDRESSES.spoofedPrefix}${String((n % 254) + 1)}`,
      port: 1024 + (this.rng.nextU32() % 64_000),
    };
    const segment: Segment = {
      srcPort: peer.port,
      dstPort: SERVER_PORT,
      seq: seq(this.rng.nextU32()),
      ack: seq(0),
      ctl: { ...NO_CONTROL, syn: true },
      len: 0,
      window: WINDOW,
      options: { mss: MSS },
    };
    this.transmit('client', peer, segment, {
      retransmission: false,
      ackBasis: null,
      why: floodWhy('flood-spoofed-syn', { address: peer.address, port: peer.port }),
      conn: null,
    });
  }

  /** A segment reaches the server: a connection the listener holds, or the listener itself. */
  private atServer(from: Peer, segment: Segment): void {
    const key = keyOf(from);
    const held = this.connections.get(key);
    const legitimate = key === keyOf(this.clientPeer);
    if (held !== undefined) {
      this.apply(
        held.conn,
        this.serverRole(from, legitimate),
        held.conn.dispatch(this.arrival(segment)),
      );
      this.settle(from);
      return;
    }
    if (this.listener === null) {
      this.answerAs('CLOSED', from, segment, legitimate);
      return;
    }
    const { ctl } = segment;
    if (ctl.syn && !ctl.ack && !ctl.rst) {
      if (!this.synQueue.isFull) this.openHalf(from, segment, legitimate);
      else if (this.config.synCookies) this.sendCookie(from, segment);
      else {
        this.notice(
          floodWhy('flood-syn-queue-full', {
            size: this.synQueue.size,
            capacity: this.synQueue.capacity,
          }),
        );
      }
      return;
    }
    if (ctl.ack && !ctl.syn && !ctl.rst && this.config.synCookies) {
      const check = checkCookie(this.secret, this.tuple(from), segment.ack, this.clock);
      if (check.ok) {
        this.openFromCookie(from, segment, legitimate, check);
        return;
      }
      this.notice(
        floodWhy(check.problem === 'stale' ? 'syn-cookie-stale' : 'syn-cookie-bad-hash', {
          cookie: check.cookie,
        }),
      );
    }
    this.answerAs('LISTEN', from, segment, legitimate);
  }

  private tuple(from: Peer): FourTuple {
    return {
      clientAddress: from.address,
      clientPort: from.port,
      serverAddress: FLOOD_ADDRESSES.server,
      serverPort: SERVER_PORT,
    };
  }

  /** A machine in `state` answers a segment no connection holds (RFC 9293 §3.10.7.1-2). */
  private answerAs(
    state: 'CLOSED' | 'LISTEN',
    from: Peer,
    segment: Segment,
    legitimate: boolean,
  ): void {
    const conn = new Connection(this.endpointConfig(0, SERVER_PORT, from.port, 0));
    if (state === 'LISTEN') conn.dispatch({ type: 'app.listen', t: this.clock });
    const outputs = conn.dispatch(this.arrival(segment)).filter((o) => o.type !== 'out.state');
    this.apply(conn, { ...this.serverRole(from, legitimate), lane: 'server' }, outputs);
    conn.close();
  }

  /** A free slot: a new endpoint machine takes the SYN into SYN-RECEIVED (RFC 9293 §3.10.7.2). */
  private openHalf(from: Peer, syn: Segment, legitimate: boolean): void {
    const conn = new Connection(
      this.endpointConfig(this.rng.nextU32(), SERVER_PORT, from.port, this.config.synAckRetries),
    );
    conn.dispatch({ type: 'app.listen', t: this.clock });
    const key = keyOf(from);
    this.connections.set(key, {
      conn,
      peer: from,
      legitimate,
      since: this.clock,
      synAcksSent: 0,
      nextRetransmitAt: null,
    });
    this.synQueue.add(key);
    if (legitimate) this.serverIsn = conn.iss;
    this.apply(conn, this.serverRole(from, legitimate), conn.dispatch(this.arrival(syn)));
    this.settle(from);
  }

  /** A full queue with cookies on: a SYN+ACK whose ISN is the cookie, and no state at all. */
  private sendCookie(from: Peer, syn: Segment): void {
    const cookie = makeCookie(this.secret, this.tuple(from), syn.options.mss ?? 536, this.clock);
    const ack = seqAdd(syn.seq, 1);
    const segment: Segment = {
      srcPort: SERVER_PORT,
      dstPort: from.port,
      seq: cookie.isn,
      ack,
      ctl: { ...NO_CONTROL, syn: true, ack: true },
      len: 0,
      window: WINDOW,
      options: { mss: cookie.mss },
    };
    const ackBasis: AckBasis = { seq: syn.seq, len: 0, syn: true, fin: false, ack };
    this.transmit('server', from, segment, {
      retransmission: false,
      ackBasis,
      why: floodWhy('syn-cookie-sent', {
        cookie: cookie.isn,
        counter: cookie.counter,
        mssIndex: cookie.mssIndex,
        mss: cookie.mss,
        hash: `0x${cookie.hash.toString(16).padStart(6, '0')}`,
        basisSeq: syn.seq,
        ack,
      }),
      conn: null,
    });
  }

  /**
   * A valid cookie: rebuild the connection the cookie stands for. As Linux does, the listener
   * recreates the request from the cookie (the client's ISN is SEG.SEQ − 1, the MSS comes from
   * the cookie, no window scale, no SACK) and completes it with this ACK; the connection is
   * never seen in SYN-RECEIVED.
   */
  private openFromCookie(
    from: Peer,
    ack: Segment,
    legitimate: boolean,
    check: Extract<CookieCheck, { ok: true }>,
  ): void {
    const conn = new Connection(
      this.endpointConfig(check.cookie, SERVER_PORT, from.port, this.config.synAckRetries),
    );
    conn.dispatch({ type: 'app.listen', t: this.clock });
    conn.dispatch(
      this.arrival({
        srcPort: from.port,
        dstPort: SERVER_PORT,
        seq: seqAdd(ack.seq, -1),
        ack: seq(0),
        ctl: { ...NO_CONTROL, syn: true },
        len: 0,
        window: ack.window,
        options: { mss: check.mss },
      }),
    );
    this.connections.set(keyOf(from), {
      conn,
      peer: from,
      legitimate,
      since: this.clock,
      synAcksSent: 0,
      nextRetransmitAt: null,
    });
    if (legitimate) this.serverIsn = conn.iss;
    const valid = floodWhy('syn-cookie-valid', {
      cookie: check.cookie,
      counter: check.counter,
      mssIndex: check.mssIndex,
      mss: check.mss,
    });
    const outputs = conn
      .dispatch(this.arrival(ack))
      .map((o): EndpointOutput => (o.type === 'out.state' ? { ...o, why: valid } : o));
    this.apply(conn, this.serverRole(from, legitimate), outputs);
    this.settle(from);
  }

  /** After a held connection moved: it leaves the SYN queue once synchronized, or is let go. */
  private settle(peer: Peer): void {
    const key = keyOf(peer);
    const held = this.connections.get(key);
    if (held === undefined) return;
    const state = held.conn.state;
    if (state !== 'SYN-RECEIVED') this.synQueue.remove(key);
    if (state === 'LISTEN' || state === 'CLOSED') {
      held.conn.close();
      this.connections.delete(key);
    }
  }

  private notice(w: Why): void {
    this.events.push({
      t: this.clock,
      type: 'notice',
      endpoint: 'server',
      reason: sentence(w),
      why: w,
    });
  }

  /** Turns a machine's outputs into trace events, timers and segments. */
  private apply(conn: Connection, role: Role, outputs: readonly EndpointOutput[]): void {
    const held = role.side === 'server' ? this.connections.get(keyOf(role.peer)) : undefined;
    const entry = held?.conn === conn ? held : undefined;
    for (const o of outputs) {
      switch (o.type) {
        case 'out.state':
          if (role.lane !== null && o.to !== this.laneState[role.lane]) {
            this.events.push({
              t: this.clock,
              type: 'state',
              endpoint: role.lane,
              from: this.laneState[role.lane],
              to: o.to,
              reason: sentence(o.why),
              why: o.why,
            });
            this.laneState[role.lane] = o.to;
          }
          break;
        case 'out.notice':
          if (role.lane !== null) {
            this.events.push({
              t: this.clock,
              type: 'notice',
              endpoint: role.lane,
              reason: sentence(o.why),
              why: o.why,
            });
          }
          break;
        case 'out.timer':
          conn.timerGeneration[o.timer] += 1;
          if (o.action === 'stop') {
            if (entry !== undefined) entry.nextRetransmitAt = null;
            if (role.lane !== null && conn.timersShown.delete(o.timer)) {
              this.events.push({
                t: this.clock,
                type: 'timer',
                endpoint: role.lane,
                timer: o.timer,
                action: 'stop',
              });
            }
            break;
          }
          {
            const ms = o.ms ?? 0;
            const at = this.clock + ms;
            this.queue.push(
              at,
              {
                kind: 'timer',
                conn,
                role,
                timer: o.timer,
                generation: conn.timerGeneration[o.timer],
              },
              RANK.timer,
            );
            if (entry !== undefined) entry.nextRetransmitAt = at;
            if (role.lane !== null) {
              conn.timersShown.add(o.timer);
              this.events.push({
                t: this.clock,
                type: 'timer',
                endpoint: role.lane,
                timer: o.timer,
                action: 'start',
                expiresAt: at,
                durationMs: ms,
              });
            }
          }
          break;
        case 'out.segment':
          if (entry !== undefined && o.segment.ctl.syn) entry.synAcksSent += 1;
          this.transmit(role.side, role.peer, o.segment, {
            retransmission: o.retransmission,
            ackBasis: o.ackBasis,
            why: o.why,
            conn,
          });
          break;
      }
    }
  }

  /**
   * Puts a segment on the wire from `side`. The client side's segments reach the server; the
   * server's reach the legitimate client, or are lost on the way to a forged address.
   */
  private transmit(
    side: EndpointId,
    peer: Peer,
    segment: Segment,
    meta: { retransmission: boolean; ackBasis: AckBasis | null; why: Why; conn: Connection | null },
  ): void {
    const id = this.nextId++;
    const index = ++this.transmitted[side];
    const spoofed =
      keyOf(peer) !== keyOf(this.clientPeer) && peer.address !== FLOOD_ADDRESSES.server;
    const lost = side === 'server' && spoofed;
    const arrivesAt = this.clock + this.config.oneWayDelayMs;
    let retransmissionOf: number | undefined;
    if (meta.conn !== null) {
      const firsts = this.firstIdBySeq.get(meta.conn) ?? new Map<string, number>();
      this.firstIdBySeq.set(meta.conn, firsts);
      const key = `${String(segment.seq)}:${String(segment.ctl.syn)}:${String(segment.ctl.fin)}:${String(segment.len)}`;
      retransmissionOf = firsts.get(key);
      if (retransmissionOf === undefined && !meta.retransmission) firsts.set(key, id);
    }
    const send: SendEvent = {
      t: this.clock,
      type: 'send',
      id,
      from: side,
      to: other(side),
      srcPort: segment.srcPort,
      dstPort: segment.dstPort,
      flags: flagsOf(segment.ctl),
      seq: segment.seq,
      ack: segment.ctl.ack ? segment.ack : null,
      len: segment.len,
      window: segment.window,
      options: segment.options,
      retransmission: meta.retransmission,
      ...(meta.retransmission && retransmissionOf !== undefined ? { retransmissionOf } : {}),
      arrivesAt,
      ...(lost ? { lost: true } : {}),
      index,
      ...(spoofed ? { spoofedAddress: peer.address } : {}),
      ackBasis: meta.ackBasis,
      reason: sentence(meta.why),
      why: meta.why,
    };
    this.events.push(send);
    if (lost) {
      this.queue.push(
        this.clock + this.config.oneWayDelayMs / 2,
        { kind: 'drop', id },
        RANK.arrive,
      );
    } else {
      const server: Peer = { address: FLOOD_ADDRESSES.server, port: SERVER_PORT };
      const from = side === 'server' ? server : spoofed ? peer : this.clientPeer;
      this.queue.push(
        arrivesAt,
        { kind: 'arrive', id, to: other(side), from, segment },
        RANK.arrive,
      );
    }
  }

  /** A backlog event whenever the queue's entries changed. */
  private noteBacklog(): void {
    if (this.listener === null) return;
    const entries: BacklogEntry[] = this.synQueue.entries().flatMap((key) => {
      const held = this.connections.get(key);
      if (held === undefined) return [];
      return [
        {
          address: held.peer.address,
          port: held.peer.port,
          state: held.conn.state,
          synAcksSent: held.synAcksSent,
          nextRetransmitAt: held.nextRetransmitAt,
          since: held.since,
          legitimate: held.legitimate,
        },
      ];
    });
    const fingerprint = JSON.stringify(entries);
    if (fingerprint === this.lastBacklog) return;
    this.lastBacklog = fingerprint;
    this.events.push({
      t: this.clock,
      type: 'backlog',
      endpoint: 'server',
      size: entries.length,
      capacity: this.synQueue.capacity,
      cookies: this.config.synCookies,
      entries,
    });
  }

  private trace(): Trace {
    const { config } = this;
    return {
      source: {
        kind: 'scenario',
        name: config.synCookies ? 'syn-flood-cookies' : 'syn-flood',
        seed: config.seed,
      },
      endpoints: {
        client: {
          port: CLIENT_PORT,
          address: FLOOD_ADDRESSES.client,
          initialState: 'CLOSED',
          finalState: this.laneState.client,
          isn: this.client.iss,
          isnSource: 'seeded',
        },
        server: {
          port: SERVER_PORT,
          address: FLOOD_ADDRESSES.server,
          initialState: 'CLOSED',
          finalState: this.laneState.server,
          isn: this.serverIsn,
          isnSource: this.serverIsn === null ? 'unknown' : 'seeded',
        },
      },
      events: [...this.events],
      notes: [
        floodWhy('note-flood-model', {
          capacity: config.backlog,
          synAckRetries: config.synAckRetries,
          clientSynRetries: config.clientSynRetries,
        }),
        why('note-isn-seeded', { seed: config.seed }),
      ],
    };
  }
}

/** The English sentence of a core or flood reason. */
function sentence(w: Why): string {
  return w.code in FLOOD_REASONS ? describeFlood(w) : describe(w);
}
