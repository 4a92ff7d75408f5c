/**
 * A simulation job on the page's own thread, for where no worker can be started (a page whose
 * Content-Security-Policy forbids workers): the run steps in slices and yields to the event loop
 * between them, so the page still answers input and paints its progress, and Cancel stops it
 * at the next slice.
 */
import { parseScenario } from '../../scenarios/index.ts';
import { BUDGETS, simulateInSlices } from '../../sim/index.ts';
import { nextTask } from '../kit/index.ts';
import type { StartSimulation } from './simulationPort.ts';

export const startSimulationOnPage: StartSimulation = (request, onMessage) => {
  const { id } = request;
  let live = true;
  const run = async (): Promise<void> => {
    // The answer comes after `start` has returned, as a worker's would.
    await nextTask();
    const parsed = parseScenario(request.file);
    if (!parsed.ok) {
      if (live) onMessage({ type: 'failed', id, errors: parsed.errors });
      return;
    }
    const result = await simulateInSlices(parsed.scenario, {
      budget: BUDGETS[request.budget],
      pause: async (progress) => {
        if (live) onMessage({ type: 'progress', id, progress });
        await nextTask();
        return live;
      },
    });
    if (!live || result === null) return;
    onMessage(
      result.ok
        ? { type: 'done', id, trace: result.trace, tcb: result.tcb }
        : { type: 'over-budget', id, exceeded: result.exceeded },
    );
  };
  run().catch((error: unknown) => {
    if (live) onMessage({ type: 'failed', id, errors: [String(error)] });
  });
  return () => {
    live = false;
  };
};
