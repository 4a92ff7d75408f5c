/**
 * The app-wide notice that this page runs an out-of-date build: a newer one has taken over (the
 * service worker says so), or a part of this build could not be loaded (the server has a newer
 * one). A tiny store, so code outside React (the worker's registration, a failed import) can
 * raise it and one banner shows it.
 */
import { useSyncExternalStore } from 'react';

export type UpdateNotice = 'none' | 'update-ready' | 'load-failed';

let notice: UpdateNotice = 'none';
const listeners = new Set<() => void>();

function show(next: UpdateNotice): void {
  if (next === notice) return;
  notice = next;
  for (const listener of listeners) listener();
}

/** A newer build has taken over this page (a failure to load, if already shown, stays). */
export function announceUpdate(): void {
  if (notice !== 'load-failed') show('update-ready');
}

/** A part of this build could not be loaded, even on a second try. */
export function reportLoadFailure(): void {
  show('load-failed');
}

export function dismissUpdateNotice(): void {
  show('none');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useUpdateNotice(): UpdateNotice {
  return useSyncExternalStore(
    subscribe,
    () => notice,
    () => notice,
  );
}
