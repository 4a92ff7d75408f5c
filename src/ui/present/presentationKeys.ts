/**
 * What a key does in presentation mode, beyond the player's own keys: B (or `.`, what clickers
 * send for "black screen") blanks the screen, F toggles fullscreen, ? shows the shortcut sheet,
 * Escape backs out one level, the up and down arrows step like the other clicker keys, and Z, X
 * and 0 zoom the diagram in, out and back to the screen's fit.
 */

export type PresentationAction =
  | 'blank'
  | 'fullscreen'
  | 'shortcuts'
  | 'escape'
  | 'stepForward'
  | 'stepBack'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit';

/** The presentation action of a key, or null if the key is not a presentation key. */
export function presentationAction(key: string): PresentationAction | null {
  switch (key) {
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'shortcuts';
    case 'Escape':
      return 'escape';
    case 'ArrowDown':
      return 'stepForward';
    case 'ArrowUp':
      return 'stepBack';
    case 'z':
    case 'Z':
      return 'zoomIn';
    case 'x':
    case 'X':
      return 'zoomOut';
    case '0':
      return 'zoomFit';
    default:
      return null;
  }
}

/** Whether a key press comes from typing into a field (then it is not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}
