/**
 * A scenario's run computed off the page, in a worker of its own, with progress and Cancel; on
 * the page, in slices that yield to it, where no worker can be started. The Lab's runs and the
 * runs of scenarios that come in links use it.
 */
export { startSimulation } from './simulationPort.ts';
export type { BudgetName } from './simulationProtocol.ts';
export { useSimulation, type SimulationState } from './useSimulation.ts';
