/**
 * What each endpoint's machine is and accepts at a moment of a lab session, asked of the core:
 * the session's actions up to that moment are re-simulated to it, and the simulation's endpoint
 * machines answer (`Simulation.can` asks the XState snapshot; nothing is re-derived here).
 */
import {
  BUDGETS,
  Simulation,
  type CallName,
  type EndpointId,
  type TcpStateName,
} from '../sim/index.ts';
import { scenarioOf, sessionAt, type LabSession } from './labSession.ts';

/** The application calls, in the order the lab offers them. */
export const LAB_CALLS: readonly CallName[] = ['listen', 'connect', 'send', 'close', 'abort'];

/** One endpoint at a moment. */
export interface EndpointNow {
  state: TcpStateName;
  /** Whether its machine takes each call now. */
  accepts: Record<CallName, boolean>;
}

export type MachinesNow = Record<EndpointId, EndpointNow>;

/** Both endpoints' states and the calls their machines accept at a moment. */
export function machinesAt(session: LabSession, moment: number): MachinesNow {
  // Shown only for a run that completed within the lab's budget, so its prefix fits it too.
  const sim = new Simulation(scenarioOf(sessionAt(session, moment)), BUDGETS.lab);
  if (moment >= 0) sim.runUntil(moment);
  const at = (endpoint: EndpointId): EndpointNow => ({
    state: sim.stateOf(endpoint),
    accepts: {
      listen: sim.can(endpoint, 'listen'),
      connect: sim.can(endpoint, 'connect'),
      send: sim.can(endpoint, 'send'),
      close: sim.can(endpoint, 'close'),
      abort: sim.can(endpoint, 'abort'),
    },
  });
  return { client: at('client'), server: at('server') };
}
