/**
 * The iframe height protocol: the embed posts its content height to the parent page whenever it
 * changes, and the parent may ask for it again or move the player (see parentMessages.ts, loaded
 * with its schema only when the parent first speaks).
 *
 *   embed -> parent: { type: 'handshake-lab:height', version: 1, height: 612, id: 'post-1' | null }
 */

export const HEIGHT_MESSAGE = 'handshake-lab:height';
export const PROTOCOL_VERSION = 1;

/** What the embed tells its parent. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: typeof PROTOCOL_VERSION;
  height: number;
  id: string | null;
}

export function heightMessage(height: number, id: string | null): HeightMessage {
  return { type: HEIGHT_MESSAGE, version: PROTOCOL_VERSION, height: Math.ceil(height), id };
}
