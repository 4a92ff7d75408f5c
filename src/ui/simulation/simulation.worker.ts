/** The simulation worker: runs the lab's scenarios off the main thread so the page never freezes. */
import '../../pwa/noEval.ts';
import { runSimulation } from './simulationRun.ts';
import { inParts, simulateRequestSchema } from './simulationProtocol.ts';

// In a module this shadows the page's `self`: here it is the worker's own global scope.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event) => {
  const request = simulateRequestSchema.safeParse(event.data);
  if (!request.success) return;
  runSimulation(request.data, (message) => {
    for (const part of inParts(message)) self.postMessage(part);
  });
};
