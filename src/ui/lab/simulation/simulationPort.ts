/**
 * Where a simulation runs: in a Web Worker of its own (one per job, so Cancel stops it at once,
 * mid-run), or on the page where there are no workers (component tests in happy-dom).
 */
import type { SimulateRequest, SimulationMessage } from './simulationProtocol.ts';
import { simulationMessageSchema } from './simulationProtocol.ts';

/** Starts a job; messages arrive checked; the returned function cancels it. */
export type StartSimulation = (
  request: SimulateRequest,
  onMessage: (message: SimulationMessage) => void,
) => () => void;

/** Whether this page can run simulations off its main thread. */
export const canUseWorker = typeof Worker !== 'undefined';

/** Runs the job in a new worker; a message that fails its schema, or a crash, fails the job. */
export const startSimulationWorker: StartSimulation = (request, onMessage) => {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
  });
  const fail = (detail: string): void => {
    onMessage({ type: 'failed', id: request.id, errors: [detail] });
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent) => {
    const message = simulationMessageSchema.safeParse(event.data);
    if (!message.success) {
      fail('the simulator sent an answer that could not be read');
      return;
    }
    onMessage(message.data);
    if (message.data.type !== 'progress') worker.terminate();
  };
  worker.onmessageerror = () => {
    fail('the simulator sent an answer that could not be read');
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(event.message === '' ? 'the simulator stopped' : event.message);
  };
  worker.postMessage(request);
  return () => {
    worker.terminate();
  };
};
