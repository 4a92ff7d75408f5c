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
  TraceLog,
  describe,
  why,
  type ConnectionEffects,
  type EndpointId,
  type SendEvent,
  type TcpStateName,
  type Trace,
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

  for (const step of orderSteps(sends)) {
    const e = step.event;
    host.now = step.t;
    if (step.kind === 'arrive') {
      conns[e.to].handle({ type: 'segment.arrived', t: step.t, segment: toSegment(e) });
      continue;
    }
    const sender = conns[e.from];
    for (const call of impliedCalls(log.laneState(e.from), sender.tcb, e, step.t)) {
      sender.handle(call);
    }
  }

  return {
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
    events: mergeEvents(trace.events, log.events),
    notes: [...trace.notes, why('note-states-inferred')],
  };
}
