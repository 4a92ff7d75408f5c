/**
 * One simulation job as the worker runs it (and, where there are no workers, the page itself):
 * validate the file with the scenario schema, run it within the named budget, report progress.
 */
import { parseScenario } from '../../scenarios/index.ts';
import { BUDGETS, trySimulate } from '../../sim/index.ts';
import type { SimulateRequest, SimulationMessage } from './simulationProtocol.ts';

/** Runs a request; `post` gets the progress reports and then the one answer. */
export function runSimulation(
  request: SimulateRequest,
  post: (message: SimulationMessage) => void,
): SimulationMessage {
  const { id } = request;
  const parsed = parseScenario(request.file);
  let answer: SimulationMessage;
  if (!parsed.ok) {
    answer = { type: 'failed', id, errors: parsed.errors };
  } else {
    const result = trySimulate(parsed.scenario, {
      budget: BUDGETS[request.budget],
      onProgress: (progress) => {
        post({ type: 'progress', id, progress });
      },
    });
    answer = result.ok
      ? { type: 'done', id, trace: result.trace, tcb: result.tcb }
      : { type: 'over-budget', id, exceeded: result.exceeded };
  }
  post(answer);
  return answer;
}
