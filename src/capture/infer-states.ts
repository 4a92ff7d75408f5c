/**
 * Infers each endpoint's TCP state in a captured conversation by running the same endpoint
 * machine the simulator runs, on the same runtime's connections, over the observed segments.
 *
 * Each side gets a connection. When a side is seen sending, the application call that must have
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
import {
  Connection,
  ReplayHost,
  TcbRecorder,
  TraceLog,
  describe,
  why,
  type ConnectionEffects,
  type EndpointId,
  type SendEvent,
  type TcbTable,
  type TcpStateName,
  type Trace,
  type TraceEvent,
  type Why,
} from '../sim/index.ts';
import { impliedCalls } from './implied-calls.ts';
import { configFor, openingOf, startOf } from './infer-start.ts';
import { mergeEvents, orderSteps } from './replay-order.ts';
import { toSegment } from './replay-segment.ts';

/**
 * What a replayed side's outputs do: its state changes and what it tells its application are
 * inferred events; dropped-segment narration, timers and its own segments are not.
 */
class InferredEffects implements ConnectionEffects {
  constructor(
    private readonly log: TraceLog,
    private readonly side: EndpointId,
  ) {}

  state(to: TcpStateName, w: Why): void {
    this.log.state(this.side, to, w);
  }

  notice(w: Why): void {
    if (!w.code.startsWith('discard')) this.log.notice(this.side, w);
  }

  timerStarted(): void {
    // No timer runs in a replay.
  }

  timerStopped(): void {
    // No timer runs in a replay.
  }

  timerExpired(): void {
    // No timer runs in a replay.
  }

  segment(): void {
    // The capture says what was really sent.
  }
}

/**
 * Returns the trace with `state` and `notice` events inferred for both sides and the final
 * states filled in. The trace must come from a capture (one send and one deliver per segment).
 */
export function inferStates(trace: Trace): Trace {
  return inferStatesAndTcb(trace).trace;
}

/**
 * `inferStates`, with each side's TCB as its replayed machine holds it after each captured send
 * and arrival: a TCB table marked inferred, keyed by the events of the returned trace.
 */
export function inferStatesAndTcb(trace: Trace): { trace: Trace; tcb: TcbTable } {
  const sends = trace.events.filter((e): e is SendEvent => e.type === 'send');
  const opening = openingOf(sends);
  const starts = {
    client: startOf('client', sends, opening),
    server: startOf('server', sends, opening),
  };
  // A server that answered the handshake was listening before the capture began: that is its
  // initial state, not a transition the capture shows.
  const serverListened =
    opening === 'full' &&
    sends.some((e) => e.from === 'server' && e.flags.includes('SYN') && e.flags.includes('ACK'));
  const initial: Record<EndpointId, TcpStateName> = {
    client: starts.client?.state ?? 'CLOSED',
    server: serverListened ? 'LISTEN' : (starts.server?.state ?? 'CLOSED'),
  };
  const host = new ReplayHost();
  const log = new TraceLog(host, describe, initial);
  const conn = (id: EndpointId) =>
    new Connection(configFor(trace, id, sends), () => new InferredEffects(log, id), host, {
      start: starts[id],
      causesFirst: false,
    });
  const conns: Record<EndpointId, Connection> = { client: conn('client'), server: conn('server') };
  if (serverListened) conns.server.dispatch({ type: 'app.listen', t: 0 });
  // Keyed first by the captured event's index in `trace`, renumbered once the events are merged.
  const tcbs = new TcbRecorder();
  tcbs.watch('client', conns.client);
  tcbs.watch('server', conns.server);
  const indexOf = capturedIndex(trace.events);

  for (const step of orderSteps(sends)) {
    const e = step.event;
    host.now = step.t;
    if (step.kind === 'arrive') {
      conns[e.to].handle({ type: 'segment.arrived', t: step.t, segment: toSegment(e) });
    } else {
      const sender = conns[e.from];
      for (const call of impliedCalls(log.laneState(e.from), sender.tcb, e, step.t)) {
        sender.handle(call);
      }
    }
    tcbs.record(indexOf(step.kind, e.id));
  }

  const events = mergeEvents(trace.events, log.events);
  const merged = new Map<TraceEvent, number>(events.map((event, i) => [event, i]));
  const captured = tcbs.table(true);
  let latest = -1;
  const changes = captured.changes.map((c) => {
    const event = trace.events[c.at];
    latest = Math.max(latest, event === undefined ? c.at : (merged.get(event) ?? c.at));
    return { ...c, at: latest };
  });
  const inferred = {
    ...trace,
    endpoints: {
      client: {
        ...trace.endpoints.client,
        initialState: initial.client,
        finalState: log.laneState('client'),
      },
      server: {
        ...trace.endpoints.server,
        initialState: initial.server,
        finalState: log.laneState('server'),
      },
    },
    events,
    notes: [...trace.notes, why('note-states-inferred')],
  };
  return { trace: inferred, tcb: { inferred: true, changes } };
}

/** The index in `events` of a segment's send or deliver event, by the segment's id. */
function capturedIndex(
  events: readonly TraceEvent[],
): (kind: 'send' | 'arrive', id: number) => number {
  const sends = new Map<number, number>();
  const delivers = new Map<number, number>();
  events.forEach((e, i) => {
    if (e.type === 'send') sends.set(e.id, i);
    else if (e.type === 'deliver') delivers.set(e.id, i);
  });
  return (kind, id) => (kind === 'send' ? sends : delivers).get(id) ?? -1;
}
