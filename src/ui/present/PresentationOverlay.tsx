/**
 * What presentation mode adds to the run's view: the narration as a caption, a small bar to
 * leave or go fullscreen, the shortcut sheet, and the blank screen.
 */
import { useMessages, usePlayerActor } from '../run/index.ts';
import { NarrationCaption } from './NarrationCaption.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import type { Presentation } from './usePresentation.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import { usePresentationZoom } from './usePresentationZoom.ts';
import './present.css';

export function PresentationOverlay({ presentation }: { presentation: Presentation }) {
  const t = useMessages();
  const actor = usePlayerActor();
  const { factor, zoomBy } = usePresentationZoom();
  usePresentationKeys(presentation, actor, zoomBy);
  return (
    <>
      <NarrationCaption className="presentation-caption" full />
      <div className="presentation-bar" role="group" aria-label={t.share.presentation}>
        <span className="presentation-hint">{t.share.shortcutsHint}</span>
        <span className="presentation-zoom" role="status">
          {t.stage.zoomLevel(Math.round(factor * 100))}
        </span>
        <button type="button" className="hl-button" onClick={presentation.toggleFullscreen}>
          {t.share.fullscreen}
        </button>
        <button type="button" className="hl-button" onClick={presentation.exit}>
          {t.share.exitPresentation}
        </button>
      </div>
      {presentation.shortcuts && (
        <ShortcutSheet
          onClose={() => {
            presentation.setShortcuts(false);
          }}
        />
      )}
      {presentation.blank && (
        <div className="presentation-blank" role="status">
          <span className="visually-hidden">{t.share.blanked}</span>
        </div>
      )}
    </>
  );
}
