/**
 * What each endpoint looks like at each step: its state, the transition it last took and the
 * timers it has running. Computed once per trace as a checkpoint per step, so any step (forward,
 * back, or from a share link) is a lookup.
 */
import type { EndpointId, StateEvent, TimerEvent, TimerName } from '../sim/index.ts';
import type { TcpStateName } from './states.ts';
import type { Timeline } from './timeline.ts';

/** A timer that is running at a step. */
export interface RunningTimer {
  endpoint: EndpointId;
  timer: TimerName;
  /** Trace time it was started. */
  startedAt: number;
  /** Trace time it will fire, when known. */
  expiresAt: number | null;
  /** Its full timeout, when known. */
  durationMs: number | null;
}

/** One endpoint at one step. */
export interface EndpointScene {
  state: TcpStateName;
  /** The last state change it made, if any, and at which step. */
  lastTransition: { event: StateEvent; step: number } | null;
  timers: RunningTimer[];
}

/** Both endpoints at one step. */
export interface SceneCheckpoint {
  client: EndpointScene;
  server: EndpointScene;
  /** The most recent state change of either side: the transition "just taken". */
  latestTransition: { event: StateEvent; step: number } | null;
}

/**
 * Checkpoints for cursors 0..steps. Timer starts and stops are not steps: each takes effect
 * with the step just before it in the trace (a retransmission timer starts with its segment).
 */
export function buildCheckpoints(timeline: Timeline): SceneCheckpoint[] {
  const { trace, steps } = timeline;
  const stepOfEvent = new Map<number, number>();
  for (const s of steps) stepOfEvent.set(s.eventIndex, s.n);

  // Timer starts/stops grouped by the step they ride along with.
  const attached = new Map<number, TimerEvent[]>();
  let carrier = 0;
  trace.events.forEach((e, i) => {
    const own = stepOfEvent.get(i);
    if (own !== undefined) {
      carrier = own;
      return;
    }
    if (e.type === 'timer') {
      const list = attached.get(carrier) ?? [];
      list.push(e);
      attached.set(carrier, list);
    }
  });

  const initial = (id: EndpointId): EndpointScene => ({
    state: trace.endpoints[id].initialState,
    lastTransition: null,
    timers: [],
  });
  let current: SceneCheckpoint = {
    client: initial('client'),
    server: initial('server'),
    latestTransition: null,
  };
  current = applyTimers(current, attached.get(0) ?? []);
  const checkpoints: SceneCheckpoint[] = [current];

  for (const step of steps) {
    let next: SceneCheckpoint = current;
    const e = step.event;
    if (e.type === 'state') {
      const taken = { event: e, step: step.n };
      next = {
        ...next,
        [e.endpoint]: { ...next[e.endpoint], state: e.to, lastTransition: taken },
        latestTransition: taken,
      };
    } else if (e.type === 'timer') {
      next = applyTimers(next, [e]);
    }
    next = applyTimers(next, attached.get(step.n) ?? []);
    checkpoints.push(next);
    current = next;
  }
  return checkpoints;
}

function applyTimers(scene: SceneCheckpoint, events: readonly TimerEvent[]): SceneCheckpoint {
  let next = scene;
  for (const e of events) {
    const side = next[e.endpoint];
    const others = side.timers.filter((t) => t.timer !== e.timer);
    const timers =
      e.action === 'start'
        ? [
            ...others,
            {
              endpoint: e.endpoint,
              timer: e.timer,
              startedAt: e.t,
              expiresAt: e.expiresAt ?? (e.durationMs !== undefined ? e.t + e.durationMs : null),
              durationMs: e.durationMs ?? (e.expiresAt !== undefined ? e.expiresAt - e.t : null),
            },
          ]
        : others;
    next = { ...next, [e.endpoint]: { ...side, timers } };
  }
  return next;
}

/** A timer's life on the display axis, for drawing it along its lane. */
export interface TimerSpan {
  endpoint: EndpointId;
  timer: TimerName;
  d0: number;
  d1: number;
  /** How it ended: fired, stopped (e.g. its segment was acknowledged), or still running. */
  end: 'expire' | 'stop' | 'running';
}

/** Every timer's span, from its start to its stop, expiry or restart. */
export function timerSpans(timeline: Timeline): TimerSpan[] {
  const spans: TimerSpan[] = [];
  const open = new Map<string, { d0: number; endpoint: EndpointId; timer: TimerName }>();
  timeline.trace.events.forEach((e, i) => {
    if (e.type !== 'timer') return;
    const key = `${e.endpoint}/${e.timer}`;
    const d = timeline.eventD[i] ?? 0;
    const running = open.get(key);
    if (running !== undefined) {
      // A timer restarted at the instant it started (a burst of segments) shows nothing.
      if (d > running.d0)
        spans.push({ ...running, d1: d, end: e.action === 'start' ? 'stop' : e.action });
      open.delete(key);
    }
    if (e.action === 'start') open.set(key, { d0: d, endpoint: e.endpoint, timer: e.timer });
  });
  for (const running of open.values()) {
    spans.push({ ...running, d1: timeline.totalD, end: 'running' });
  }
  return spans.sort((a, b) => a.d0 - b.d0);
}
