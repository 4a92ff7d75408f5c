/** A frame number in a note that moves the player to where that frame is sent. */
import { useMessagesWith } from '../run/index.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export function FrameButton({ frame, onShow }: { frame: number; onShow: (frame: number) => void }) {
  const t = useMessagesWith(captureCatalogues);
  return (
    <button
      type="button"
      className="frame-button"
      aria-label={t.capture.showFrame(frame)}
      onClick={() => {
        onShow(frame);
      }}
    >
      {t.capture.frame(frame)}
    </button>
  );
}
