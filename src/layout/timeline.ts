/**
 * The player's step model and the on-screen time axis.
 *
 * A trace's events become steps (a segment sent, a segment arriving or lost, a state change, a
 * timer firing, an application call, a notice). Each step gets a display time: trace time with
 * long stretches compressed (so TIME-WAIT's 2 MSL does not take four minutes) and with a minimum
 * spacing between two segments leaving or reaching the same lane at the same instant (so their
 * arrows do not sit on top of each other).
 */
import type {
  DeliverEvent,
  DropEvent,
  SendEvent,
  StateEvent,
  TimerEvent,
  TimerName,
  Trace,
  TraceEvent,
  CallEvent,
  NoticeEvent,
  EndpointId,
} from '../sim/index.ts';
import { runToEnd, type Sliced } from './sliced.ts';

/** A trace event the player stops at. Timer starts and stops ride along with the step before. */
export type StepEvent =
  | SendEvent
  | DeliverEvent
  | DropEvent
  | StateEvent
  | CallEvent
  | NoticeEvent
  | (TimerEvent & { action: 'expire' });

/** One meaningful event of the run. */
export interface Step {
  /** 1-based step number; step 0 is the start of the run, before any event. */
  n: number;
  event: StepEvent;
  /** Index of the event in `trace.events`. */
  eventIndex: number;
  /** Trace time of the step (for a lost segment: when it reaches the loss mark). */
  t: number;
  /** Display time: trace time after compression and spacing. */
  d: number;
}

/** A stretch of trace time drawn shorter than it lasted. */
export interface CompressedGap {
  fromT: number;
  toT: number;
  fromD: number;
  toD: number;
  /** Nothing was in flight: both sides just waited. */
  idle: boolean;
  /** The timer whose expiry ends the stretch, with its full duration when known. */
  timer: { name: TimerName; durationMs: number | null } | null;
}

/** What became of a segment. */
export type SegmentOutcome = 'delivered' | 'dropped' | 'pending';

/** A segment's life on the display time axis. */
export interface SegmentTrack {
  send: SendEvent;
  /** Step number of the send. */
  sendStep: number;
  /** Step number of its arrival or loss; null when the trace ends with it in flight. */
  endStep: number | null;
  outcome: SegmentOutcome;
  /** Display time it leaves its sender. */
  d0: number;
  /** Display time it reaches (or, if lost, would have reached) the other lane. */
  d1: number;
  /** For a lost segment: display time of the loss mark. */
  dDrop: number | null;
}

/** The step model of one trace. */
export interface Timeline {
  trace: Trace;
  steps: Step[];
  gaps: CompressedGap[];
  segments: SegmentTrack[];
  /** The trace's send events by segment id. */
  sends: ReadonlyMap<number, SendEvent>;
  /** Display time of every trace event (non-step events take the time of their neighbours). */
  eventD: number[];
  /** Typical one-way flight time (median over segments), in ms. */
  flightMs: number;
  /** Display time of the end of the run. */
  totalD: number;
  /** Step times as parallel arrays for interpolation: trace time and display time. */
  knotsT: number[];
  knotsD: number[];
}

/** Tuning of the time axis, as multiples of the typical one-way flight time. */
export interface TimelineOptions {
  /** Stretches longer than this are compressed. */
  compressAfter: number;
  /** A compressed stretch is drawn this long. */
  compressedTo: number;
  /** Minimum spacing of two segment ends on the same lane. */
  minSpacing: number;
  /**
   * A burst (many segments leaving or reaching one lane at one instant) is spread over at most
   * this much, so a window's worth of segments draws as a fan of close parallel arrows.
   */
  maxBurstSpread: number;
}

/** Defaults: compress anything longer than 2.5 flights down to 1.25 flights. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  compressAfter: 2.5,
  compressedTo: 1.25,
  minSpacing: 0.3,
  maxBurstSpread: 0.6,
};

const FALLBACK_FLIGHT_MS = 100;

/**
 * Event types that are steps. Anything else (a listener's backlog changes, or a type this
 * version does not know) rides along with the step before it, as timer starts do.
 */
const STEP_TYPES: ReadonlySet<string> = new Set<StepEvent['type']>([
  'send',
  'deliver',
  'drop',
  'state',
  'call',
  'notice',
]);

function isStepEvent(e: TraceEvent): e is StepEvent {
  return e.type === 'timer' ? e.action === 'expire' : STEP_TYPES.has(e.type);
}

/** The median of positive one-way flight times; 100 ms when the trace has none. */
export function typicalFlightMs(trace: Trace): number {
  const flights = trace.events
    .filter((e): e is SendEvent => e.type === 'send')
    .map((s) => s.arrivesAt - s.t)
    .filter((f) => f > 0)
    .sort((a, b) => a - b);
  if (flights.length === 0) return FALLBACK_FLIGHT_MS;
  const mid = Math.floor(flights.length / 2);
  const upper = flights[mid] ?? FALLBACK_FLIGHT_MS;
  const lower = flights[mid - 1] ?? upper;
  return flights.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/** When a lost segment reaches its loss mark: the drop time if it lies inside the flight, else mid-way. */
export function lossTime(send: SendEvent, drop: DropEvent | undefined): number {
  if (drop !== undefined && drop.t > send.t && drop.t < send.arrivesAt) return drop.t;
  return send.t + (send.arrivesAt - send.t) / 2;
}

/**
 * Builds the step model of a trace.
 *
 * Steps are the trace's events minus timer starts and stops, ordered by the time they happen on
 * screen (a loss happens mid-flight). Display time runs with trace time, except that a stretch
 * longer than `compressAfter` flights is drawn `compressedTo` flights long, and two segments
 * leaving (or reaching) the same lane are at least `minSpacing` flights apart.
 */
export function buildTimeline(
  trace: Trace,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): Timeline {
  return runToEnd(buildTimelineInSlices(trace, options));
}

/** `buildTimeline` in slices (one pass over the trace each), with the same result. */
export function* buildTimelineInSlices(
  trace: Trace,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): Sliced<Timeline> {
  const scale = displayScale(trace, options);
  const sends = new Map<number, SendEvent>();
  for (const e of trace.events) if (e.type === 'send') sends.set(e.id, e);

  const ordered = orderedStepEvents(trace, sends);
  yield;
  const { steps, gaps, totalD } = placeSteps(ordered, trace, sends, scale);
  yield;
  const knotsT = steps.map((s) => s.t);
  const knotsD = steps.map((s) => s.d);
  const segments = segmentTracks(steps, knotsT, knotsD, scale);
  yield;

  const stepOfEvent = new Map<number, Step>();
  for (const s of steps) stepOfEvent.set(s.eventIndex, s);
  const eventD = trace.events.map((e, i) => {
    const own = stepOfEvent.get(i);
    if (own !== undefined) return own.d;
    return displayAt(knotsT, knotsD, e.t, scale.threshold, scale.compressed);
  });

  const lastPending = segments.reduce(
    (m, s) => Math.max(m, s.outcome === 'dropped' ? (s.dDrop ?? 0) : s.d1),
    0,
  );
  return {
    trace,
    steps,
    gaps,
    segments,
    sends,
    eventD,
    flightMs: scale.flightMs,
    totalD: Math.max(totalD, lastPending),
    knotsT,
    knotsD,
  };
}

/** The options in display milliseconds, scaled by the run's typical flight. */
interface DisplayScale {
  flightMs: number;
  /** An idle stretch longer than this is compressed... */
  threshold: number;
  /** ...to this. */
  compressed: number;
  /** The least distance between two segment ends on one lane and direction. */
  minSep: number;
  /** The most a burst of simultaneous segment ends may spread over. */
  burstSpread: number;
}

function displayScale(trace: Trace, options: TimelineOptions): DisplayScale {
  const flightMs = typicalFlightMs(trace);
  return {
    flightMs,
    threshold: options.compressAfter * flightMs,
    compressed: options.compressedTo * flightMs,
    minSep: options.minSpacing * flightMs,
    burstSpread: options.maxBurstSpread * flightMs,
  };
}

/** A step event with its index in the trace and the time it is shown at. */
interface TimedStep {
  event: StepEvent;
  eventIndex: number;
  t: number;
}

/**
 * The trace's step events in time order, a loss at the moment it happens along its flight;
 * stable, so simultaneous steps keep the trace's causal order.
 */
function orderedStepEvents(trace: Trace, sends: ReadonlyMap<number, SendEvent>): TimedStep[] {
  const ordered: TimedStep[] = [];
  trace.events.forEach((event, eventIndex) => {
    if (!isStepEvent(event)) return;
    let t = event.t;
    if (event.type === 'drop') {
      const send = sends.get(event.id);
      if (send !== undefined) t = lossTime(send, event);
    }
    ordered.push({ event, eventIndex, t });
  });
  ordered.sort((a, b) => a.t - b.t);
  return ordered;
}

/**
 * The spacing between segment ends on one lane and direction at one instant: bursts (many ends
 * at the same instant) get a tighter spacing so they fit.
 */
function burstSpacing(
  ordered: readonly TimedStep[],
  sends: ReadonlyMap<number, SendEvent>,
  scale: DisplayScale,
): (lane: EndpointId, dir: 'out' | 'in', t: number) => number {
  const burstSize = new Map<string, number>();
  const burstKey = (lane: EndpointId, dir: 'out' | 'in', t: number): string =>
    `${lane}/${dir}/${String(t)}`;
  for (const item of ordered) {
    const lane = laneOfEvent(item.event, sends);
    if (lane === null) continue;
    const key = burstKey(lane.lane, lane.dir, item.t);
    burstSize.set(key, (burstSize.get(key) ?? 0) + 1);
  }
  return (lane, dir, t) => {
    const k = burstSize.get(burstKey(lane, dir, t)) ?? 1;
    return Math.min(scale.minSep, scale.burstSpread / Math.max(1, k - 1));
  };
}

/**
 * Each step's display time: the trace's time, with long idle stretches compressed (and recorded
 * as gaps) and segment ends on one lane kept apart.
 */
function placeSteps(
  ordered: readonly TimedStep[],
  trace: Trace,
  sends: ReadonlyMap<number, SendEvent>,
  scale: DisplayScale,
): { steps: Step[]; gaps: CompressedGap[]; totalD: number } {
  const { threshold, compressed } = scale;
  const spacingFor = burstSpacing(ordered, sends, scale);
  const lastEnd: Record<EndpointId, { out: number; in: number }> = {
    client: { out: -Infinity, in: -Infinity },
    server: { out: -Infinity, in: -Infinity },
  };
  const steps: Step[] = [];
  const gaps: CompressedGap[] = [];
  let d = 0;
  let prevT = ordered.length > 0 ? Math.min(0, ordered[0]?.t ?? 0) : 0;
  let inFlight = 0;

  for (const item of ordered) {
    const dt = item.t - prevT;
    let gapD = dt;
    if (dt > threshold) {
      gapD = compressed;
      gaps.push({
        fromT: prevT,
        toT: item.t,
        fromD: d,
        toD: d + compressed,
        idle: inFlight === 0,
        timer:
          item.event.type === 'timer' ? timerInfo(item.event, item.eventIndex, trace.events) : null,
      });
    }
    let next = d + gapD;
    const lane = laneOfEvent(item.event, sends);
    if (lane !== null) {
      next = Math.max(next, lastEnd[lane.lane][lane.dir] + spacingFor(lane.lane, lane.dir, item.t));
      lastEnd[lane.lane][lane.dir] = next;
    }
    d = next;
    steps.push({
      n: steps.length + 1,
      event: item.event,
      eventIndex: item.eventIndex,
      t: item.t,
      d,
    });
    prevT = item.t;
    if (item.event.type === 'send') inFlight += 1;
    if (item.event.type === 'deliver' || item.event.type === 'drop') inFlight -= 1;
  }
  return { steps, gaps, totalD: d };
}

/** Each segment's flight in display time, from its send step to its delivery or loss. */
function segmentTracks(
  steps: readonly Step[],
  knotsT: readonly number[],
  knotsD: readonly number[],
  scale: DisplayScale,
): SegmentTrack[] {
  const segments: SegmentTrack[] = [];
  // Each segment's first delivery or drop, by id: one pass, so a long run stays linear.
  const ends = new Map<number, Step>();
  for (const x of steps) {
    if ((x.event.type === 'deliver' || x.event.type === 'drop') && !ends.has(x.event.id)) {
      ends.set(x.event.id, x);
    }
  }
  for (const s of steps) {
    if (s.event.type !== 'send') continue;
    const send = s.event;
    const end = ends.get(send.id);
    const d0 = s.d;
    if (end === undefined) {
      segments.push({
        send,
        sendStep: s.n,
        endStep: null,
        outcome: 'pending',
        d0,
        d1: Math.max(
          d0,
          displayAt(knotsT, knotsD, send.arrivesAt, scale.threshold, scale.compressed),
        ),
        dDrop: null,
      });
      continue;
    }
    if (end.event.type === 'drop') {
      // Draw the would-be path so the loss mark sits where the loss happened along it.
      const tLoss = end.t;
      const fraction = send.arrivesAt > send.t ? (tLoss - send.t) / (send.arrivesAt - send.t) : 0.5;
      const span = Math.max(end.d - d0, scale.minSep / 2);
      const dDrop = d0 + span;
      segments.push({
        send,
        sendStep: s.n,
        endStep: end.n,
        outcome: 'dropped',
        d0,
        d1: d0 + span / Math.min(Math.max(fraction, 0.2), 0.8),
        dDrop,
      });
      continue;
    }
    segments.push({
      send,
      sendStep: s.n,
      endStep: end.n,
      outcome: 'delivered',
      d0,
      d1: end.d,
      dDrop: null,
    });
  }
  return segments;
}

/** Which lane a step puts a segment end on: a send leaves its sender, a delivery reaches its receiver. */
function laneOfEvent(
  event: StepEvent,
  sends: ReadonlyMap<number, SendEvent>,
): { lane: EndpointId; dir: 'out' | 'in' } | null {
  if (event.type === 'send') return { lane: event.from, dir: 'out' };
  if (event.type === 'deliver') {
    const send = sends.get(event.id);
    return send === undefined ? null : { lane: send.to, dir: 'in' };
  }
  return null;
}

/** The timer an expiry belongs to: the last start of the same timer before it. */
export function timerInfo(
  expire: TimerEvent,
  expireIndex: number,
  events: readonly TraceEvent[],
): { name: TimerName; durationMs: number | null } {
  let durationMs: number | null = null;
  for (const e of events.slice(0, expireIndex)) {
    if (
      e.type === 'timer' &&
      e.action === 'start' &&
      e.endpoint === expire.endpoint &&
      e.timer === expire.timer
    ) {
      durationMs = e.durationMs ?? (e.expiresAt !== undefined ? e.expiresAt - e.t : null);
    }
  }
  return { name: expire.timer, durationMs };
}

/**
 * Display time of a trace time, interpolating between steps. At an instant shared by several
 * steps it gives the first of them. Past the last step, time runs on (compressed if long).
 */
function displayAt(
  knotsT: readonly number[],
  knotsD: readonly number[],
  t: number,
  threshold: number,
  compressed: number,
): number {
  const n = knotsT.length;
  const firstT = knotsT[0];
  const firstD = knotsD[0];
  if (n === 0 || firstT === undefined || firstD === undefined) return Math.max(0, t);
  if (t <= firstT) return Math.max(0, firstD - (firstT - t));
  let lo = 0;
  let hi = n - 1;
  // Find the first knot with knotsT >= t.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((knotsT[mid] ?? Infinity) >= t) hi = mid;
    else lo = mid + 1;
  }
  const tHi = knotsT[lo] ?? t;
  const dHi = knotsD[lo] ?? 0;
  if (tHi < t) {
    const over = t - tHi;
    return dHi + (over > threshold ? compressed : over);
  }
  if (tHi === t || lo === 0) return dHi;
  const tLo = knotsT[lo - 1] ?? tHi;
  const dLo = knotsD[lo - 1] ?? dHi;
  return dLo + ((t - tLo) / (tHi - tLo)) * (dHi - dLo);
}

/** Display time of a trace time on this timeline. */
export function toDisplay(timeline: Timeline, t: number): number {
  const o = DEFAULT_TIMELINE_OPTIONS;
  return displayAt(
    timeline.knotsT,
    timeline.knotsD,
    t,
    o.compressAfter * timeline.flightMs,
    o.compressedTo * timeline.flightMs,
  );
}

/** Trace time shown at a display time: the inverse of the compression, for clocks and countdowns. */
export function toTrace(timeline: Timeline, d: number): number {
  const { knotsT, knotsD } = timeline;
  const n = knotsD.length;
  const firstD = knotsD[0];
  const firstT = knotsT[0];
  if (n === 0 || firstD === undefined || firstT === undefined) return d;
  if (d <= firstD) return firstT - (firstD - d);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((knotsD[mid] ?? Infinity) >= d) hi = mid;
    else lo = mid + 1;
  }
  const dHi = knotsD[lo] ?? d;
  const tHi = knotsT[lo] ?? d;
  if (dHi < d) return tHi + (d - dHi);
  if (dHi === d || lo === 0) return tHi;
  const dLo = knotsD[lo - 1] ?? dHi;
  const tLo = knotsT[lo - 1] ?? tHi;
  return tLo + ((d - dLo) / (dHi - dLo)) * (tHi - tLo);
}

/**
 * How far along its flight a segment is: (t - sentAt) / (arrivesAt - sentAt), clamped to
 * [0, 1]. The ladder calls it with display times so the moving head sits on the playhead.
 */
export function flightPosition(sentAt: number, arrivesAt: number, t: number): number {
  if (arrivesAt <= sentAt) return t >= sentAt ? 1 : 0;
  return Math.min(1, Math.max(0, (t - sentAt) / (arrivesAt - sentAt)));
}
