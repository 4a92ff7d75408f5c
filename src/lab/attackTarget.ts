/**
 * What an off-path attacker aims at: the target's TCB as the core holds it when the forged
 * segment arrives (if nobody acts in between), and the guesses worth staging against it. The
 * session is re-simulated to that moment and the target's machine is asked for its RCV.NXT and
 * RCV.WND; nothing here decides what the receiver will do (its machine does, in the run).
 */
import {
  BUDGETS,
  defaultForgedAddress,
  peerOf,
  seq,
  seqAdd,
  Simulation,
  SYNCHRONIZED_STATES,
  type EndpointId,
  type ForgedFlag,
  type TcpStateName,
} from '../sim/index.ts';
import { scenarioOf, sessionAt, type LabSession } from './labSession.ts';

/** The guesses the Lab offers, named by where they land in the receiver's sequence space. */
export type AttackPresetId = 'rst-exact' | 'rst-in-window' | 'rst-outside-window' | 'syn-in';

/** A forged segment's numbers, filled in from the target's TCB. */
export interface AttackPreset {
  id: AttackPresetId;
  flags: readonly ForgedFlag[];
  seq: number;
}

/** The target of a forged segment, as it will stand when the segment arrives. */
export interface AttackTarget {
  endpoint: EndpointId;
  /** When a segment sent at the chosen time reaches it (the peer's one-way delay later). */
  arrivesAt: number;
  state: TcpStateName;
  /** Its receive window, in a synchronized state only (elsewhere there is none to aim at). */
  window: { rcvNxt: number; rcvWnd: number } | null;
  /** Empty outside the synchronized states. */
  presets: readonly AttackPreset[];
  /** What the segment claims to come from: the peer's port, and an address by default. */
  claims: { address: string; port: number };
}

/**
 * The target of a segment forged at time `t` (not before `moment`), when the session is left
 * as it stands at `moment`.
 */
export function attackTarget(
  session: LabSession,
  moment: number,
  target: EndpointId,
  t: number,
): AttackTarget {
  const scenario = scenarioOf(sessionAt(session, moment));
  const peer = peerOf(target);
  const delay =
    peer === 'client' ? scenario.delayMs.clientToServer : scenario.delayMs.serverToClient;
  const arrivesAt = t + delay;
  // Shown only for a run that completed within the lab's budget; its prefix fits it too.
  const sim = new Simulation(scenario, BUDGETS.lab);
  sim.runUntil(arrivesAt);
  const state = sim.stateOf(target);
  const claims = { address: defaultForgedAddress(target), port: scenario[peer].port };
  if (!SYNCHRONIZED_STATES.includes(state)) {
    return { endpoint: target, arrivesAt, state, window: null, presets: [], claims };
  }
  const { rcvNxt, rcvWnd } = sim.tcbOf(target);
  return {
    endpoint: target,
    arrivesAt,
    state,
    window: { rcvNxt, rcvWnd },
    presets: presetsFor(rcvNxt, rcvWnd),
    claims,
  };
}

/**
 * RFC 9293 §3.10.7.4 and RFC 5961 §3-4: a RST at RCV.NXT resets, one elsewhere in the window
 * draws a challenge ACK, one outside it is dropped; a SYN in a synchronized state draws a
 * challenge ACK wherever it lands. The guesses sit at those places.
 */
function presetsFor(rcvNxt: number, rcvWnd: number): AttackPreset[] {
  const next = seq(rcvNxt);
  const presets: AttackPreset[] = [{ id: 'rst-exact', flags: ['RST'], seq: rcvNxt }];
  // In the window but not at its left edge: needs room for a second number.
  if (rcvWnd >= 2) {
    presets.push({
      id: 'rst-in-window',
      flags: ['RST'],
      seq: seqAdd(next, Math.floor(rcvWnd / 2)),
    });
  }
  // The first number past the right edge (with no window, the one after RCV.NXT).
  presets.push({
    id: 'rst-outside-window',
    flags: ['RST'],
    seq: seqAdd(next, Math.max(rcvWnd, 1)),
  });
  presets.push({ id: 'syn-in', flags: ['SYN'], seq: rcvNxt });
  return presets;
}
