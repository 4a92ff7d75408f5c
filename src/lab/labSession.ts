/**
 * A lab session is a scenario that grows as the student acts: the scenario's settings plus a log
 * of actions, each stamped with the moment it was taken. Re-simulating it is deterministic, so
 * going back in time is truncating the log; acting from an earlier moment forks the run.
 */
import { normalizeScenario } from '../scenarios/index.ts';
import type {
  CallName,
  EndpointId,
  ForgedSegment,
  NetworkFaults,
  Scenario,
  ScenarioEvent,
} from '../sim/index.ts';

/** An application call at time `t`. */
export interface LabCall {
  kind: 'call';
  t: number;
  endpoint: EndpointId;
  call: CallName;
  bytes?: number;
}

export type FaultKind = 'drop' | 'delay' | 'duplicate';

/**
 * A network fault on one segment (`from`, `index` as the scenario format counts them), decided
 * at moment `t`. Faults that came with an imported file hold from the start.
 */
export interface LabFault {
  kind: 'fault';
  t: number;
  fault: FaultKind;
  from: EndpointId;
  index: number;
  /** Extra delay, or how long after the original a duplicate arrives. */
  ms?: number;
}

/** A segment an off-path attacker injects at time `t` (a scenario's `attacks` entry). */
export type LabAttack = { kind: 'attack' } & ForgedSegment;

export type LabAction = LabCall | LabFault | LabAttack;

export interface LabSession {
  /**
   * The scenario's settings; its own events and faults are ignored (the log replaces them). Its
   * attacks (a save from before the log held them) run along with the log's.
   */
  base: Scenario;
  /** Oldest first; times never decrease. */
  actions: readonly LabAction[];
}

/** The moment of faults that hold from the start (before anything happens at t = 0). */
export const FROM_THE_START = -1;

/** The scenario the session stands for. */
export function scenarioOf(session: LabSession): Scenario {
  const events: ScenarioEvent[] = [];
  const network: NetworkFaults = { drop: [], delay: [], duplicate: [] };
  const attacks: ForgedSegment[] = [...(session.base.attacks ?? [])];
  for (const a of session.actions) {
    if (a.kind === 'attack') {
      const { t, target, flags, seq, ack, len, address } = a;
      attacks.push({ t, target, flags, seq, ack, len, address });
    } else if (a.kind === 'call') {
      events.push({
        t: a.t,
        endpoint: a.endpoint,
        call: a.call,
        ...(a.call === 'send' ? { bytes: a.bytes ?? 1 } : {}),
      });
    } else if (a.fault === 'drop') {
      network.drop.push({ from: a.from, index: a.index });
    } else if (a.fault === 'delay') {
      network.delay.push({ from: a.from, index: a.index, ms: a.ms ?? 0 });
    } else {
      network.duplicate.push({
        from: a.from,
        index: a.index,
        ...(a.ms === undefined ? {} : { ms: a.ms }),
      });
    }
  }
  const base: Scenario = { ...session.base, events, network };
  if (attacks.length > 0) base.attacks = attacks;
  else delete base.attacks;
  return base;
}

/** The actions taken at or before a moment. */
export function actionsThrough(session: LabSession, moment: number): LabAction[] {
  return session.actions.filter((a) => a.t <= moment);
}

/** The session as it stood at a moment: later actions are left out. */
export function sessionAt(session: LabSession, moment: number): LabSession {
  return { base: session.base, actions: actionsThrough(session, moment) };
}

function sameFault(a: LabAction, b: LabFault): boolean {
  return a.kind === 'fault' && a.fault === b.fault && a.from === b.from && a.index === b.index;
}

/**
 * Takes an action at a moment. Everything the log holds after that moment is dropped (the run
 * forks there); `dropped` says how many actions that was. A fault already on the same segment is
 * not added twice.
 */
export function withAction(
  session: LabSession,
  moment: number,
  action: LabAction,
): { session: LabSession; dropped: number } {
  const kept = actionsThrough(session, moment);
  const dropped = session.actions.length - kept.length;
  if (action.kind === 'fault' && kept.some((a) => sameFault(a, action))) {
    return { session: { base: session.base, actions: kept }, dropped };
  }
  return { session: { base: session.base, actions: [...kept, action] }, dropped };
}

/**
 * A session that replays a scenario: its calls and attacks at their times, its faults from the
 * start.
 */
export function sessionFromScenario(scenario: Scenario): LabSession {
  const faults: LabAction[] = [
    ...scenario.network.drop.map((f): LabFault => ({
      kind: 'fault',
      t: FROM_THE_START,
      fault: 'drop',
      ...f,
    })),
    ...scenario.network.delay.map((f): LabFault => ({
      kind: 'fault',
      t: FROM_THE_START,
      fault: 'delay',
      ...f,
    })),
    ...scenario.network.duplicate.map((f): LabFault => ({
      kind: 'fault',
      t: FROM_THE_START,
      fault: 'duplicate',
      ...f,
    })),
  ];
  const calls = scenario.events.map((e): LabCall => ({
    kind: 'call',
    t: e.t,
    endpoint: e.endpoint,
    call: e.call,
    ...(e.bytes === undefined ? {} : { bytes: e.bytes }),
  }));
  const attacks = (scenario.attacks ?? []).map((a): LabAttack => ({ kind: 'attack', ...a }));
  // A stable sort: at one instant the calls come first, in the file's order, then the attacks:
  // the order the simulator runs them in.
  const timed = [...calls, ...attacks].sort((a, b) => a.t - b.t);
  return { base: settingsOf(scenario), actions: [...faults, ...timed] };
}

/** An empty session: both endpoints CLOSED, the scenario format's defaults, the given seed. */
export function newSession(seed: number, title: Scenario['title']): LabSession {
  return {
    base: normalizeScenario({ name: 'lab-session', title, seed, events: [] }),
    actions: [],
  };
}

/** The same log over changed settings (seed, ISNs, delays): the whole run is recomputed. */
export function withBase(session: LabSession, base: Scenario): LabSession {
  return { base: settingsOf(base), actions: session.actions };
}

/** A scenario's settings alone: no calls, faults or attacks (a session's log holds those). */
function settingsOf(scenario: Scenario): Scenario {
  const settings: Scenario = {
    ...scenario,
    events: [],
    network: { drop: [], delay: [], duplicate: [] },
  };
  delete settings.attacks;
  return settings;
}
