/** TODO-DOC pwa */
export { registerServiceWorker } from './registerServiceWorker.ts';
