/**
 * What presentation mode adds to the run's view besides the caption (NarrationCaption, which the
 * embed shows too): a small bar to leave or go fullscreen, the keys, the zoom, the shortcut
 * sheet, and the blank screen. Loaded when the mode is entered (usePresentation switches the
 * palette at once), so the first view never carries it.
 */
import { useMessages, usePlayerActor } from '../run/index.ts';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import type { Presentation } from './usePresentation.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import { usePresentationZoom } from './usePresentationZoom.ts';

export default function PresentationOverlay({ presentation }: { presentation: Presentation }) {
  const t = useMessages();
  const actor = usePlayerActor();
  const { factor, zoomBy } = usePresentationZoom();
  usePresentationKeys(presentation, actor, zoomBy);
  return (
    <>
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
