/** The first run: a short guided tour, shown once, and the help button that brings it back. */
export { TourButton } from './TourButton.tsx';
export { useFirstRun } from './useFirstRun.ts';
