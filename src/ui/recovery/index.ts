/**
 * Keeping the app on its feet when a part of it fails: chunk loads retried and then named, error
 * boundaries around views, dialogs and lazy parts, and the notice that a new version is ready.
 */
export { LazyBoundary } from './LazyBoundary.tsx';
export { RecoveryBoundary } from './RecoveryBoundary.tsx';
export { UpdateBanner } from './UpdateBanner.tsx';
export { ViewMain } from './ViewMain.tsx';
export { lazyView } from './lazyView.ts';
export { loadMessagesOrEnglish } from './loadMessagesOrEnglish.ts';
export { announceUpdate, reportLoadFailure } from './updateNotice.ts';
export { useLibraryTrace } from './useLibraryTrace.ts';
export { useWording } from './useWording.ts';
