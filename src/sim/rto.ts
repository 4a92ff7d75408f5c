/**
 * The retransmission timeout of RFC 6298: SRTT/RTTVAR smoothing, a 1 s floor and initial value,
 * exponential backoff on expiry, and Karn's rule (no samples from retransmitted segments).
 */

/** The RTO estimator's state, kept in the endpoint's TCB. */
export interface RtoState {
  /** The current RTO in ms. */
  rto: number;
  /** Smoothed RTT, null until the first sample (RFC 6298 §2.1). */
  srtt: number | null;
  rttvar: number;
}

/** RFC 6298 §2.4 bounds and constants. */
export interface RtoLimits {
  initialMs: number;
  minMs: number;
  maxMs: number;
}

const ALPHA = 1 / 8;
const BETA = 1 / 4;
const K = 4;
/** Clock granularity G: the simulator's clock counts whole milliseconds. */
const GRANULARITY_MS = 1;

/** RFC 6298 §2.1: before any sample, RTO = 1 s. */
export function initialRto(limits: RtoLimits): RtoState {
  return { rto: limits.initialMs, srtt: null, rttvar: 0 };
}

/** RFC 6298 §2.2-2.4: fold in one RTT sample R. */
export function sampleRtt(state: RtoState, r: number, limits: RtoLimits): RtoState {
  let srtt: number;
  let rttvar: number;
  if (state.srtt === null) {
    srtt = r;
    rttvar = r / 2;
  } else {
    rttvar = (1 - BETA) * state.rttvar + BETA * Math.abs(state.srtt - r);
    srtt = (1 - ALPHA) * state.srtt + ALPHA * r;
  }
  const raw = srtt + Math.max(GRANULARITY_MS, K * rttvar);
  return { srtt, rttvar, rto: clamp(Math.ceil(raw), limits) };
}

/** RFC 6298 §5.5: on expiry, double the RTO (bounded by the maximum). */
export function backOff(state: RtoState, limits: RtoLimits): RtoState {
  return { ...state, rto: clamp(state.rto * 2, limits) };
}

function clamp(ms: number, limits: RtoLimits): number {
  return Math.min(limits.maxMs, Math.max(limits.minMs, ms));
}
