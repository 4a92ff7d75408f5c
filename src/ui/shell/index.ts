/** The app shell: header, view tabs, the view registry and the address bar. */
export { App } from './App.tsx';
export { startScenario } from './startScenario.ts';
