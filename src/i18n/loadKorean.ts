/**
 * Loads the Korean messages, when Korean is chosen: a chunk of its own in the app. The custom
 * element, one classic script, swaps this module for one that loads them as a classic script
 * beside it (scripts/vite/sideScript.ts).
 */
export const loadKorean = () => import('./ko.ts');
