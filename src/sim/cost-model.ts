/**
 * What a scenario costs to simulate, from its settings alone: the model the link and import
 * guards estimate with, and the likely cause a budget error names. It follows the sender
 * (tcp-output.ts): a data segment carries at most the smaller MSS and at most the peer's window
 * (scaled only when both sides offer scaling), every data segment is acknowledged on its own (no
 * delayed ACKs), each dropped segment is sent again and acknowledged, and a segment nobody
 * answers is retransmitted up to `maxRetransmissions` times. The model has no zero-window
 * probing because neither has the simulator: a window is at least 1 byte, so data always flows.
 */
import type { BudgetResource } from './budget.ts';
import type { Scenario } from './scenario.ts';
import type { EndpointId } from './trace.ts';

/** The scenario setting that most likely made a run expensive, with its numbers. */
export type BudgetCause =
  /** The receiver's window is smaller than the MSS: each segment carries only a window's worth. */
  | { code: 'small-window'; endpoint: EndpointId; window: number; bytes: number; segments: number }
  /** A small MSS cuts the data into many segments. */
  | { code: 'small-mss'; mss: number; bytes: number; segments: number }
  /** A large window lets many small segments fly at once. */
  | {
      code: 'large-window';
      endpoint: EndpointId;
      window: number;
      segmentSize: number;
      inFlight: number;
    }
  /** Simply much data, in full-sized segments. */
  | { code: 'large-send'; bytes: number; segmentSize: number; segments: number }
  /** Many calls and faults, each with its segments and retransmissions. */
  | { code: 'many-events'; events: number; faults: number; maxRetransmissions: number }
  /** Long delays, timers or call times. */
  | { code: 'long-times'; lastCallMs: number; delayMs: number; mslMs: number; rtoMaxMs: number };

/** One direction of data: its sender's bytes and how they are cut. */
interface Flow {
  sender: EndpointId;
  receiver: EndpointId;
  bytes: number;
  /** The largest segment the sender may send: min(MSS, MSS, receiver's window). */
  segmentSize: number;
  mss: number;
  window: number;
  segments: number;
}

/** A run's expected cost. */
export interface CostEstimate {
  /** Segments on the wire: data, their ACKs, control segments, retransmissions, copies. */
  segments: number;
  /** Trace events: about three per segment (send, deliver or drop, timer). */
  events: number;
  /** The largest contributor, in the terms a budget error uses. */
  cause: BudgetCause;
}

/** Trace events per segment, measured on long transfers (send, deliver, timer start/stop). */
const EVENTS_PER_SEGMENT = 3;
/** A connection's handshake and close: SYN, SYN+ACK, ACK, two FINs and their ACKs. */
const CONTROL_SEGMENTS = 8;
/** Below this MSS (RFC 9293's default of 536) a small MSS is the likely cause. */
const DEFAULT_MSS = 536;

/** The window `receiver` offers `sender` once the handshake is done. */
function windowSeen(scenario: Scenario, receiver: EndpointId, sender: EndpointId): number {
  const r = scenario[receiver];
  const scaled = r.windowScale !== null && scenario[sender].windowScale !== null;
  if (!scaled) return Math.min(r.window, 65535);
  const shift = Math.min(r.windowScale ?? 0, 14);
  return Math.max(1, Math.floor(r.window / 2 ** shift) * 2 ** shift);
}

function flowOf(scenario: Scenario, sender: EndpointId): Flow {
  const receiver: EndpointId = sender === 'client' ? 'server' : 'client';
  let bytes = 0;
  for (const e of scenario.events) if (e.endpoint === sender) bytes += e.bytes ?? 0;
  const mss = Math.max(1, Math.min(scenario.client.mss, scenario.server.mss));
  const window = windowSeen(scenario, receiver, sender);
  const segmentSize = Math.max(1, Math.min(mss, window));
  return {
    sender,
    receiver,
    bytes,
    segmentSize,
    mss,
    window,
    segments: Math.ceil(bytes / segmentSize),
  };
}

/** The scenario's expected cost and its likely cause. */
export function estimateCost(scenario: Scenario): CostEstimate {
  const flows = [flowOf(scenario, 'client'), flowOf(scenario, 'server')];
  const { drop, delay, duplicate } = scenario.network;
  const faults = drop.length + delay.length + duplicate.length;
  // Each data segment and its own ACK; each drop a retransmission and its ACK; each copy one.
  const data = flows.reduce((sum, f) => sum + 2 * f.segments, 0);
  const segments =
    data + CONTROL_SEGMENTS + 2 * scenario.events.length + 2 * drop.length + duplicate.length;
  return {
    segments,
    events: segments * EVENTS_PER_SEGMENT,
    cause: causeOf(scenario, flows, faults),
  };
}

/** Why a run ran out of `resource`, in the terms of its settings. */
export function likelyCause(scenario: Scenario, resource: BudgetResource): BudgetCause {
  if (resource === 'simulatedMs') return longTimes(scenario);
  if (resource === 'burst') return largeWindow(scenario);
  return estimateCost(scenario).cause;
}

function causeOf(scenario: Scenario, flows: readonly Flow[], faults: number): BudgetCause {
  const [a, b] = flows;
  const main = a !== undefined && b !== undefined && b.segments > a.segments ? b : a;
  const calls = scenario.events.length;
  if (main === undefined || main.segments <= 2 * (calls + faults)) {
    return {
      code: 'many-events',
      events: calls,
      faults,
      maxRetransmissions: scenario.maxRetransmissions,
    };
  }
  const { bytes, segments } = main;
  if (main.window < main.mss) {
    return { code: 'small-window', endpoint: main.receiver, window: main.window, bytes, segments };
  }
  if (main.mss < DEFAULT_MSS) return { code: 'small-mss', mss: main.mss, bytes, segments };
  return { code: 'large-send', bytes, segmentSize: main.segmentSize, segments };
}

function largeWindow(scenario: Scenario): BudgetCause {
  const flows = [flowOf(scenario, 'client'), flowOf(scenario, 'server')];
  const [a, b] = flows.map((f) => ({ f, inFlight: Math.floor(f.window / f.segmentSize) }));
  const main = a !== undefined && b !== undefined && b.inFlight > a.inFlight ? b : a;
  if (main === undefined) return longTimes(scenario);
  const { receiver: endpoint, window, segmentSize } = main.f;
  return { code: 'large-window', endpoint, window, segmentSize, inFlight: main.inFlight };
}

function longTimes(scenario: Scenario): BudgetCause {
  const lastCallMs = scenario.events.reduce((max, e) => Math.max(max, e.t), 0);
  const { clientToServer, serverToClient } = scenario.delayMs;
  const extra = scenario.network.delay.reduce((max, d) => Math.max(max, d.ms), 0);
  return {
    code: 'long-times',
    lastCallMs,
    delayMs: Math.max(clientToServer, serverToClient) + extra,
    mslMs: scenario.mslMs,
    rtoMaxMs: scenario.rto.maxMs,
  };
}
