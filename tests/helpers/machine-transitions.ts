/**
 * The endpoint machine's transitions read from its own config, each with a stable key such as
 * `SYN-RECEIVED --segment.arrived [isExactRst & isPassiveOpen]--> LISTEN`. The transition table
 * test, the endpoint driver and the model-based test all name transitions this way.
 */
import type { AnyTransitionDefinition } from 'xstate';
import { tcpEndpointMachine } from '../../src/sim/endpoint-machine.ts';
import { isTcpStateName, type TcpStateName } from '../../src/sim/tcp-state.ts';
import type { TransitionMeta } from '../../src/sim/transition-cause.ts';

function isLinuxOnly(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && (meta as TransitionMeta).profile === 'linux';
}

/** One transition of the machine config. */
export interface MachineTransition {
  key: string;
  source: TcpStateName;
  eventType: string;
  /** The guard's name, `a & b` for `and([...])`, `else` for none. */
  guard: string;
  /** The target state, or null for a transition that stays (no target). */
  target: TcpStateName | null;
  description: string | undefined;
  edge: string | undefined;
  /** Only the Linux profile takes it (its timer runs in no other): not in the RFC's diagram. */
  linuxOnly: boolean;
  /** Drawn only when asked for or taken (meta.rare). */
  rare: boolean;
}

function guardName(guard: unknown): string {
  if (guard === undefined) return 'else';
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String(guard.type);
  if (typeof guard === 'function' && 'guards' in guard && Array.isArray(guard.guards)) {
    return guard.guards.map((g: unknown) => guardName(g)).join(' & ');
  }
  return 'anonymous';
}

function edgeOf(meta: unknown): string | undefined {
  if (typeof meta === 'object' && meta !== null && 'edge' in meta) return String(meta.edge);
  return undefined;
}

function isRare(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && 'rare' in meta && meta.rare === true;
}

/** Builds the description of one transition definition, or null when it is not the machine's own. */
export function describeTransition(def: AnyTransitionDefinition): MachineTransition | null {
  const source = def.source.key;
  if (!isTcpStateName(source)) return null;
  const targets = def.target ?? [];
  const targetKey = targets[0]?.key ?? null;
  const target = targetKey !== null && isTcpStateName(targetKey) ? targetKey : null;
  const guard = guardName(def.guard);
  const eventType = String(def.eventType);
  const description: string | undefined = def.description;
  return {
    key: `${source} --${eventType} [${guard}]--> ${target ?? '(stays)'}`,
    source,
    eventType,
    guard,
    target,
    description,
    edge: edgeOf(def.meta),
    linuxOnly: isLinuxOnly(def.meta),
    rare: isRare(def.meta),
  };
}

/** Every transition in the endpoint machine's config, in config order. */
export function machineTransitions(): MachineTransition[] {
  const out: MachineTransition[] = [];
  for (const node of Object.values(tcpEndpointMachine.root.states)) {
    for (const defs of node.transitions.values()) {
      for (const def of defs) {
        const t = describeTransition(def);
        if (t !== null) out.push(t);
      }
    }
  }
  return out;
}
