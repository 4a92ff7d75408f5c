/**
 * A trace read as the segment diagrams read it: each segment's send, its arrival, and the state
 * of the endpoint concerned once that instant has settled.
 */
import type { EndpointId, SendEvent, Trace } from '../sim/index.ts';
import type { TcpStateName } from '../layout/index.ts';

/** What happened to a segment at one moment of the run. */
export type SegmentMoment =
  { kind: 'send'; send: SendEvent; lost: boolean } | { kind: 'arrive'; send: SendEvent };

/** A segment moment with both endpoints' states after it. */
export interface SettledMoment {
  moment: SegmentMoment;
  t: number;
  states: Record<EndpointId, TcpStateName>;
}

/** The run as segment moments, plus the states at the start and at the end. */
export interface SegmentStory {
  initial: Record<EndpointId, TcpStateName>;
  moments: SettledMoment[];
  final: Record<EndpointId, TcpStateName>;
}

/** The endpoint a moment happens at: the sender of a send, the receiver of an arrival. */
function placeOf(moment: SegmentMoment): EndpointId {
  return moment.kind === 'send' ? moment.send.from : moment.send.to;
}

/**
 * Walks the trace once. A state change of an endpoint settles the moments at that endpoint in
 * the same instant since its previous state change: an arrival and the state it leads to, a send
 * and the state its transition enters, whichever of the two the trace records first.
 */
export function segmentStory(trace: Trace): SegmentStory {
  const states: Record<EndpointId, TcpStateName> = {
    client: trace.endpoints.client.initialState,
    server: trace.endpoints.server.initialState,
  };
  // The figures open with the states just before the instant of the first segment.
  const firstT = trace.events.find((e) => e.type === 'send')?.t ?? Infinity;
  const initial = { ...states };
  for (const e of trace.events) {
    if (e.t >= firstT) break;
    if (e.type === 'state') initial[e.endpoint] = e.to;
  }
  const sends = new Map<number, SendEvent>();
  const moments: SettledMoment[] = [];
  const unsettledFrom: Record<EndpointId, number> = { client: 0, server: 0 };
  const push = (moment: SegmentMoment, t: number): void => {
    moments.push({ moment, t, states: { ...states } });
  };
  for (const e of trace.events) {
    if (e.type === 'state') {
      states[e.endpoint] = e.to;
      for (let i = unsettledFrom[e.endpoint]; i < moments.length; i++) {
        const m = moments[i];
        if (m !== undefined && m.t === e.t && placeOf(m.moment) === e.endpoint) {
          m.states = { ...m.states, [e.endpoint]: e.to };
        }
      }
      unsettledFrom[e.endpoint] = moments.length;
    } else if (e.type === 'send') {
      sends.set(e.id, e);
      push({ kind: 'send', send: e, lost: e.lost === true }, e.t);
    } else if (e.type === 'deliver') {
      const send = sends.get(e.id);
      if (send !== undefined) push({ kind: 'arrive', send }, e.t);
    }
  }
  return { initial, moments, final: { ...states } };
}
