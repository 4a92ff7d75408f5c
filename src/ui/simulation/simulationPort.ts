/**
 * Where a simulation runs: in a Web Worker of its own (one per job, so Cancel stops it at once,
 * mid-run), or on the page where there are no workers (component tests in happy-dom) or none
 * may be started (a Content-Security-Policy without workers): then in slices, between which the
 * page answers input (simulationOnPage.ts).
 */
import type { TraceEvent } from '../../sim/index.ts';
import type { SimulateRequest, SimulationMessage } from './simulationProtocol.ts';
import { isEventsPart, readEventsPart, readSimulationMessage } from './simulationProtocol.ts';
import { startSimulationOnPage } from './simulationOnPage.ts';

/** Starts a job; messages arrive checked; the returned function cancels it. */
export type StartSimulation = (
  request: SimulateRequest,
  onMessage: (message: SimulationMessage) => void,
) => () => void;

/** Whether this page can run simulations off its main thread. */
export const canUseWorker = typeof Worker !== 'undefined';

/**
 * Runs the job in a new worker; a message that fails its schema, or a crash, fails the job. A
 * worker that cannot be started (refused at once, or failing before its first answer: a policy
 * that forbids workers, a worker file the server no longer has) hands the job to the page.
 */
export const startSimulation: StartSimulation = (request, onMessage) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return startSimulationOnPage(request, onMessage);
  }
  let answered = false;
  let stopOnPage: (() => void) | null = null;
  const fail = (detail: string): void => {
    onMessage({ type: 'failed', id: request.id, errors: [detail] });
    worker.terminate();
  };
  let stopped = false;
  // A finished run's trace events, received in parts ahead of its answer (one task each).
  const received: TraceEvent[] = [];
  worker.onmessage = (event: MessageEvent) => {
    answered = true;
    if (isEventsPart(event.data)) {
      const events = readEventsPart(event.data);
      if (events === null) fail('the simulator sent an answer that could not be read');
      else for (const e of events) received.push(e);
      return;
    }
    void readSimulationMessage(event.data).then((message) => {
      if (stopped) return;
      if (message === null) {
        fail('the simulator sent an answer that could not be read');
        return;
      }
      onMessage(
        message.type === 'done'
          ? {
              ...message,
              trace: { ...message.trace, events: [...received, ...message.trace.events] },
            }
          : message,
      );
      if (message.type !== 'progress') worker.terminate();
    });
  };
  worker.onmessageerror = () => {
    fail('the simulator sent an answer that could not be read');
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    if (!answered) {
      worker.terminate();
      stopOnPage = startSimulationOnPage(request, onMessage);
      return;
    }
    fail(event.message === '' ? 'the simulator stopped' : event.message);
  };
  worker.postMessage(request);
  return () => {
    stopped = true;
    worker.terminate();
    stopOnPage?.();
  };
};
