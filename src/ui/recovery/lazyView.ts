/**
 * `React.lazy` for the app's own chunks: a failed load is tried again once (loadChunk), and an
 * error boundary's "Try again" loads the chunk afresh, where React.lazy would keep the rejected
 * load for good and throw it again.
 *
 * A failure is forgotten only on that request (forgetFailedLoads), not at once: after an error
 * React renders the tree again before it shows the boundary, which would otherwise be a third
 * load behind the user's back.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { loadChunk } from '../../links/index.ts';

/** Counts the user's requests to try again; a load that failed before the latest is redone. */
let retryRequests = 0;

/** Lets every lazy view whose load failed load again when next drawn (the boundary's Try again). */
export function forgetFailedLoads(): void {
  retryRequests += 1;
}

export function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let failedAt: number | null = null;
  const attempt = () =>
    lazy(() =>
      loadChunk(load).catch((error: unknown) => {
        failedAt = retryRequests;
        throw error;
      }),
    );
  let current = attempt();
  return function LazyView(props: P) {
    if (failedAt !== null && failedAt < retryRequests) {
      failedAt = null;
      current = attempt();
    }
    return createElement(current, props);
  };
}
