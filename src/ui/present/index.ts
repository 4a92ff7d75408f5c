/** Presentation mode for a lecture hall. */
export { NarrationCaption } from './NarrationCaption.tsx';
export { usePresentation } from './usePresentation.ts';
