/** The capture worker: parses files off the main thread so the page never freezes. */
import '../../pwa/noEval.ts';
import { createCaptureWorkerHandler } from './captureWorkerHandler.ts';

// In a module this shadows the page's `self`: here it is the worker's own global scope.
declare const self: DedicatedWorkerGlobalScope;

const handle = createCaptureWorkerHandler((message) => {
  self.postMessage(message);
});

self.onmessage = (event) => {
  void handle(event.data);
};
