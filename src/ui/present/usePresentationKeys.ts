/**
 * The presentation keys, on the window. While the screen is blank, any key only brings it back
 * (listening in the capture phase, before the player's keys), as presentation software does.
 */
import { useEffect } from 'react';
import type { PlayerActor } from '../run/index.ts';
import type { Presentation } from './usePresentation.ts';
import { isTypingTarget, presentationAction } from './presentationKeys.ts';

export function usePresentationKeys(
  presentation: Presentation,
  actor: PlayerActor,
  zoomBy: (direction: 1 | -1 | 0) => void,
): void {
  const { on, blank, shortcuts, toggleBlank, toggleFullscreen, setShortcuts, exit } = presentation;
  useEffect(() => {
    if (!on) return undefined;
    const first = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const action = presentationAction(e.key);
      if (blank) {
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation();
        toggleBlank();
        return;
      }
      if (action === null || action === 'stepForward' || action === 'stepBack') return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'blank') toggleBlank();
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'shortcuts') setShortcuts(!shortcuts);
      else if (action === 'zoomIn') zoomBy(1);
      else if (action === 'zoomOut') zoomBy(-1);
      else if (action === 'zoomFit') zoomBy(0);
      else if (shortcuts) setShortcuts(false);
      else exit();
    };
    const after = (e: KeyboardEvent): void => {
      // The ladder's segments take the up and down arrows themselves.
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target)) return;
      const action = presentationAction(e.key);
      if (action === 'stepForward') actor.send({ type: 'player.stepForward' });
      else if (action === 'stepBack') actor.send({ type: 'player.stepBack' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', first, true);
    window.addEventListener('keydown', after);
    return () => {
      window.removeEventListener('keydown', first, true);
      window.removeEventListener('keydown', after);
    };
  }, [on, blank, shortcuts, toggleBlank, toggleFullscreen, setShortcuts, exit, actor, zoomBy]);
}
