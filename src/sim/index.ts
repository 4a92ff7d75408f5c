/** The pure TCP core: the endpoint machine, the simulator and the trace model. */
export { tcpEndpointMachine } from './endpoint-machine.ts';
export { simulate } from './simulator.ts';
export { describe } from './describe.ts';
export {
  durationParamsOf,
  fillTemplate,
  REASONS,
  seqParamsOf,
  why,
  type ReasonCode,
} from './reasons.ts';
export * from './trace.ts';
export * from './seq.ts';
export * from './scenario.ts';
export type { Profile } from './profile.ts';
export { LINUX_REASONS, type LinuxReasonCode } from './linux-reasons.ts';
export { SYNCHRONIZED_STATES, TCP_STATES, isTcpStateName } from './tcp-state.ts';
export { seqSpace, type Segment, type ControlBits } from './segment.ts';
export { flagsText, peerOf, sendSpace } from './segment-facts.ts';
export type { EndpointEvent } from './endpoint-events.ts';
export type { EndpointConfig, RetransmissionEntry, Tcb } from './tcb.ts';
export {
  TCB_FIELDS,
  tcbAtStep,
  type TcbAtStep,
  type TcbField,
  type TcbTable,
  type TcbValues,
} from './tcb-table.ts';
export { hashString, createRng } from './rng.ts';
export { Simulation } from './simulator.ts';
export { statesAccepting } from './machine-graph.ts';
export * from './runtime/index.ts';
export * from './listener/index.ts';
export {
  simulateInSlices,
  trySimulate,
  type RunProgress,
  type SimulateResult,
} from './simulator.ts';
export {
  BUDGETS,
  BudgetError,
  type BudgetExceeded,
  type BudgetResource,
  type WorkBudget,
} from './budget.ts';
export { estimateCost, type BudgetCause } from './cost-model.ts';
export { readTransitionMeta, type EdgeKind, type TransitionCause } from './transition-cause.ts';
