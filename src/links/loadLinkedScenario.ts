/**
 * Loads the code that opens a custom scenario (zod, the simulator, fflate), only when a link or
 * an attribute carries one: a chunk of its own in the app. The custom element, one classic
 * script, swaps this module for one that loads that code as a classic script beside it
 * (scripts/vite/sideScript.ts).
 */
export const loadLinkedScenario = () => import('./linkedScenario.ts');
