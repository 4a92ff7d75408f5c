/**
 * Infers each endpoint's TCP state in a captured conversation by running the same endpoint
 * machine the simulator runs over the observed segments.
 *
 * Each side gets a machine. When a side is seen sending, the application call that must have
 * caused it is replayed first (a SYN means connect(), new data means send(n), a FIN means
 * close(), a RST from a synchronized side means abort()); every observed segment is then handed
 * to the other side's machine as an arrival. What the machines themselves would transmit is
 * discarded (the capture says what was really sent), and no timer runs: the states are those
 * the capture supports, so a side still in TIME-WAIT when the capture ends stays there.
 *
 * Arrivals are ordered by causality, not only by the estimated flight times: before a side's
 * segment is replayed, every segment it acknowledges has been delivered to it, and a segment it
 * does not acknowledge yet is held back until after (so crossing FINs cross).
 */
import { createActor, type Actor } from 'xstate';
import {
  describe,
  seq,
  seqAdd,
  seqDiff,
  seqLe,
  seqSpace,
  tcpEndpointMachine,
  why,
  type ControlBits,
  type EndpointConfig,
  type EndpointEvent,
  type EndpointId,
  type EndpointOutput,
  type Segment,
  type SendEvent,
  type SeqNum,
  type TcpFlag,
  type TcpStateName,
  type Tcb,
  type Trace,
  type TraceEvent,
  type RetransmissionEntry,
} from '../sim/index.ts';

/** The largest window RFC 7323 allows: captured segments are never refused for window size. */
const WIDE_WINDOW = 65535 * 2 ** 14;

const peerOf = (e: EndpointId): EndpointId => (e === 'client' ? 'server' : 'client');

function toSegment(e: SendEvent): Segment {
  const has = (f: string) => (e.flags as string[]).includes(f);
  const ctl: ControlBits = {
    syn: has('SYN'),
    ack: has('ACK'),
    fin: has('FIN'),
    rst: has('RST'),
    psh: has('PSH'),
  };
  return {
    srcPort: e.srcPort,
    dstPort: e.dstPort,
    seq: seq(e.seq),
    ack: seq(e.ack ?? 0),
    ctl,
    len: e.len,
    window: e.window,
    options: e.options,
  };
}

interface Side {
  actor: Actor<typeof tcpEndpointMachine>;
  state: TcpStateName;
}

type Step =
  { kind: 'send'; t: number; event: SendEvent } | { kind: 'arrive'; t: number; event: SendEvent };

/** The configuration a side's machine runs with, from what its first SYN said. */
function configFor(trace: Trace, side: EndpointId, sends: SendEvent[]): EndpointConfig {
  const own = sends.find((e) => e.from === side && e.flags.includes('SYN'));
  return {
    isn: own?.seq ?? trace.endpoints[side].isn ?? 0,
    port: trace.endpoints[side].port,
    peerPort: trace.endpoints[peerOf(side)].port,
    mss: own?.options.mss ?? 65495,
    window: WIDE_WINDOW,
    windowScale: own?.options.windowScale ?? (own === undefined ? 14 : null),
    sackPermitted: own?.options.sackPermitted === true,
    rtoInitialMs: 1000,
    rtoMinMs: 1000,
    rtoMaxMs: 60_000,
    maxRetransmissions: 1_000_000,
    mslMs: 120_000,
  };
}

/** How much of the connection the capture shows from its start. */
type Opening = 'full' | 'from-syn-ack' | 'mid-connection';

function openingOf(sends: SendEvent[]): Opening {
  const has = (e: SendEvent, f: TcpFlag) => e.flags.includes(f);
  if (sends.some((e) => has(e, 'SYN') && !has(e, 'ACK'))) return 'full';
  if (sends.some((e) => has(e, 'SYN') && has(e, 'ACK'))) return 'from-syn-ack';
  return 'mid-connection';
}

function synEntry(iss: SeqNum): RetransmissionEntry {
  return { seq: iss, len: 0, syn: true, fin: false, psh: false, sentAt: 0, retransmitted: false };
}

/**
 * The state and TCB a side is in when the capture starts after its first segments: both
 * ESTABLISHED mid-connection, or SYN-SENT / SYN-RECEIVED when the capture begins at the
 * SYN+ACK. SND.NXT is the side's first sequence number; RCV.NXT what it first acknowledges.
 */
function startedTcb(
  base: Tcb,
  side: EndpointId,
  sends: SendEvent[],
  opening: Opening,
): { state: TcpStateName; tcb: Tcb } {
  const common: Tcb = {
    ...base,
    sndWnd: WIDE_WINDOW,
    maxSndWnd: WIDE_WINDOW,
    peerMss: 65495,
    effectiveMss: 65495,
  };
  if (opening === 'from-syn-ack') {
    const synAck = sends.find((e) => e.flags.includes('SYN') && e.flags.includes('ACK'));
    const clientIss = seqAdd(seq(synAck?.ack ?? 0), -1);
    const serverIss = seq(synAck?.seq ?? 0);
    if (side === 'client') {
      return {
        state: 'SYN-SENT',
        tcb: {
          ...common,
          iss: clientIss,
          sndUna: clientIss,
          sndNxt: seqAdd(clientIss, 1),
          retransmissionQueue: [synEntry(clientIss)],
        },
      };
    }
    return {
      state: 'SYN-RECEIVED',
      tcb: {
        ...common,
        passiveOpen: true,
        synReceived: true,
        iss: serverIss,
        sndUna: serverIss,
        sndNxt: seqAdd(serverIss, 1),
        irs: clientIss,
        rcvNxt: seqAdd(clientIss, 1),
        retransmissionQueue: [synEntry(serverIss)],
      },
    };
  }
  const own = sends.find((e) => e.from === side);
  const peer = sends.find((e) => e.from !== side);
  const sndNxt = seq(own?.seq ?? 0);
  const rcvNxt = seq(own?.ack ?? peer?.seq ?? 0);
  return {
    state: 'ESTABLISHED',
    tcb: {
      ...common,
      iss: seqAdd(sndNxt, -1),
      irs: seqAdd(rcvNxt, -1),
      sndUna: sndNxt,
      sndNxt,
      rcvNxt,
      synReceived: true,
    },
  };
}

/**
 * Returns the trace with `state` and `notice` events inferred for both sides and the final
 * states filled in. The trace must come from a capture (one send and one deliver per segment).
 */
export function inferStates(trace: Trace): Trace {
  const sends = trace.events.filter((e): e is SendEvent => e.type === 'send');
  const inferred: TraceEvent[] = [];
  const pending: EndpointOutput[] = [];
  const sides = {} as Record<EndpointId, Side>;
  const opening = openingOf(sends);

  for (const id of ['client', 'server'] as const) {
    const config = configFor(trace, id, sends);
    const base = createActor(tcpEndpointMachine, { input: config }).getSnapshot().context;
    const started = opening === 'full' ? null : startedTcb(base, id, sends, opening);
    const snapshot =
      started === null
        ? undefined
        : tcpEndpointMachine.resolveState({ value: started.state, context: started.tcb });
    const actor = createActor(tcpEndpointMachine, { input: config, snapshot });
    actor.on('*', (output) => {
      pending.push(output);
    });
    actor.start();
    pending.length = 0;
    sides[id] = { actor, state: started?.state ?? 'CLOSED' };
  }

  const dispatch = (id: EndpointId, event: EndpointEvent): void => {
    pending.length = 0;
    sides[id].actor.send(event);
    for (const o of pending) {
      if (o.type === 'out.state' && o.to !== sides[id].state) {
        inferred.push({
          t: event.t,
          type: 'state',
          endpoint: id,
          from: sides[id].state,
          to: o.to,
          reason: describe(o.why),
          why: o.why,
        });
        sides[id].state = o.to;
      } else if (o.type === 'out.notice' && !o.why.code.startsWith('discard')) {
        inferred.push({
          t: event.t,
          type: 'notice',
          endpoint: id,
          reason: describe(o.why),
          why: o.why,
        });
      }
    }
    pending.length = 0;
  };

  // A server that answered the handshake was listening before the capture began: that is its
  // initial state, not a transition the capture shows.
  const serverAnswered = sends.some(
    (e) => e.from === 'server' && e.flags.includes('SYN') && e.flags.includes('ACK'),
  );
  if (opening === 'full' && serverAnswered) {
    dispatch('server', { type: 'app.listen', t: 0 });
    inferred.length = 0;
  }
  const initial = { client: sides.client.state, server: sides.server.state };

  const ordered = orderSteps(sends);
  for (const step of ordered) {
    const e = step.event;
    if (step.kind === 'arrive') {
      dispatch(e.to, { type: 'segment.arrived', t: step.t, segment: toSegment(e) });
      continue;
    }
    for (const call of impliedCalls(sides[e.from], e, step.t)) dispatch(e.from, call);
  }

  return {
    ...trace,
    endpoints: {
      client: {
        ...trace.endpoints.client,
        initialState: initial.client,
        finalState: sides.client.state,
      },
      server: {
        ...trace.endpoints.server,
        initialState: initial.server,
        finalState: sides.server.state,
      },
    },
    events: mergeEvents(trace.events, inferred),
    notes: [...trace.notes, why('note-states-inferred')],
  };
}

/**
 * The application calls a segment implies for its sender, from the sender's machine state:
 * replayed just before the segment itself.
 */
function impliedCalls(side: Side, e: SendEvent, t: number): EndpointEvent[] {
  const seg = toSegment(e);
  const tcb = side.actor.getSnapshot().context;
  const calls: EndpointEvent[] = [];
  if (seg.ctl.rst) {
    // A RST from a side that has no synchronized connection is its machine's own reply.
    const replies: TcpStateName[] = ['CLOSED', 'LISTEN', 'SYN-SENT'];
    if (!replies.includes(side.state)) calls.push({ type: 'app.abort', t });
    return calls;
  }
  if (seg.ctl.syn && !seg.ctl.ack && (side.state === 'CLOSED' || side.state === 'LISTEN')) {
    calls.push({ type: 'app.connect', t });
  }
  const dataStart = seg.ctl.syn ? seqAdd(seg.seq, 1) : seg.seq;
  const dataEnd = seqAdd(dataStart, seg.len);
  const queuedEnd = seqAdd(tcb.sndNxt, tcb.sendQueue);
  if (seg.len > 0 && tcb.finSeq === null && !seqLe(dataEnd, queuedEnd)) {
    const fresh = seqSpace({ len: seg.len, ctl: { ...seg.ctl, syn: false, fin: false } });
    const already = Math.max(0, Math.min(fresh, seqDiff(queuedEnd, dataStart)));
    calls.push({ type: 'app.send', t, bytes: fresh - already });
  }
  if (seg.ctl.fin && !tcb.closeRequested && tcb.finSeq === null) {
    calls.push({ type: 'app.close', t });
  }
  return calls;
}

/**
 * Replays sends in capture order and each arrival at its estimated time, with two causal rules
 * before a side's segment Y: every arrival Y acknowledges is delivered first, even if the flight
 * estimate says later; and an arrival carrying sequence space that Y does not acknowledge is
 * held back until after Y (that side had not processed it yet: crossing FINs cross).
 */
function orderSteps(sends: SendEvent[]): Step[] {
  const pending = sends
    .filter((e) => e.lost !== true)
    .sort((a, b) => a.arrivesAt - b.arrivesAt || a.id - b.id);
  const out: Step[] = [];
  const deliver = (e: SendEvent, t: number): void => {
    out.push({ kind: 'arrive', t, event: e });
    pending.splice(pending.indexOf(e), 1);
  };
  for (const y of [...sends].sort((a, b) => a.t - b.t || a.id - b.id)) {
    for (const x of [...pending]) {
      if (x.arrivesAt > y.t) break;
      const notYetSeen = x.to === y.from && y.ack !== null && carriesSeq(x) && !acknowledges(y, x);
      if (!notYetSeen) deliver(x, x.arrivesAt);
    }
    for (const x of pending.filter((p) => p.to === y.from && acknowledges(y, p))) deliver(x, y.t);
    out.push({ kind: 'send', t: y.t, event: y });
  }
  for (const x of [...pending]) deliver(x, x.arrivesAt);
  return out;
}

function carriesSeq(e: SendEvent): boolean {
  return e.len > 0 || e.flags.includes('SYN') || e.flags.includes('FIN');
}

/** `by`'s ACK covers all of `what`'s sequence space. */
function acknowledges(by: SendEvent, what: SendEvent): boolean {
  if (by.ack === null || !carriesSeq(what)) return false;
  const end = seqAdd(seq(what.seq), seqSpace(toSegment(what)));
  return seqLe(end, seq(by.ack));
}

/** Inserts inferred events after the capture event that caused them, keeping time order. */
function mergeEvents(events: TraceEvent[], inferred: TraceEvent[]): TraceEvent[] {
  const rank = (e: TraceEvent): number => (e.type === 'deliver' ? 0 : e.type === 'send' ? 2 : 1);
  const all = [
    ...events.map((event, i) => ({ event, key: i })),
    ...inferred.map((event, i) => ({ event, key: events.length + i })),
  ];
  return all
    .sort((a, b) => a.event.t - b.event.t || rank(a.event) - rank(b.event) || a.key - b.key)
    .map((x) => x.event);
}
