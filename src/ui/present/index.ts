/** TODO-DOC ui/present */
export { NarrationCaption } from './NarrationCaption.tsx';
export { PresentationOverlay } from './PresentationOverlay.tsx';
export { usePresentation } from './usePresentation.ts';
