/** The capture store's state, re-rendering on change. */
import { useSyncExternalStore } from 'react';
import type { CaptureState } from './captureState.ts';
import type { CaptureStore } from './captureStore.ts';

export function useCaptureState(store: CaptureStore): CaptureState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
