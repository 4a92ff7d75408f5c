/** The offline service worker's registration. */
export { registerServiceWorker } from './registerServiceWorker.ts';
