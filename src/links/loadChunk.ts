/**
 * Loading the app's own chunks (dynamic imports) so that a failure is retried once and then
 * named. A dropped connection usually heals on the second try; a chunk the server no longer has
 * (the page is older than the last deploy and has no service worker to keep its build) does not,
 * and then the user is offered a reload.
 */

/** One of the app's chunks could not be loaded, on the second try either. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';

  constructor(cause: unknown) {
    super(
      `a part of the app could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/** Runs `load`, and once more if it fails; a second failure rejects with a ChunkLoadError. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      throw new ChunkLoadError(error);
    }
  }
}
