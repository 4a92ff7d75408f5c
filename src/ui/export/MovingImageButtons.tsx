/**
 * Download buttons for the moving picture of the run: an animated SVG (made at once) and an
 * animated GIF (encoded in a worker, which loads the encoder, while the status line counts).
 */
import { useState } from 'react';
import { MOVING_IMAGE_TEXT } from '../../i18n/index.ts';
import { PALETTES, type ThemeName } from '../../themes/index.ts';
import { shareUrl } from '../../links/index.ts';
import { useMessagesWith, useNumberMode, useRun } from '../run/index.ts';
import { downloadBlob, downloadText } from '../kit/index.ts';
import { movingGif } from './gifExport.ts';
import { exportFileName } from './ladderExport.ts';
import { movingLadder, type MovingLadder } from './movingImage.ts';
import { shareDialogsCatalogues } from '../../i18n/shareDialogs/catalogues.ts';

type Status =
  { kind: 'idle' } | { kind: 'making'; percent: number } | { kind: 'ready' } | { kind: 'failed' };

export interface MovingImageButtonsProps {
  theme: ThemeName;
  title: string;
}

export function MovingImageButtons({ theme, title }: MovingImageButtonsProps) {
  const t = useMessagesWith(shareDialogsCatalogues);
  const run = useRun();
  const mode = useNumberMode();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const text = MOVING_IMAGE_TEXT[t.lang];
  const make = (): MovingLadder =>
    movingLadder(run, t, mode, title, PALETTES[theme], shareUrl(window.location.href, 0, t.lang));

  const onGif = (): void => {
    setStatus({ kind: 'making', percent: 0 });
    movingGif(make(), (fraction) => {
      setStatus({ kind: 'making', percent: Math.round(fraction * 100) });
    }).then(
      (gif) => {
        downloadBlob(gif, exportFileName(run, 'animated.gif'));
        setStatus({ kind: 'ready' });
      },
      () => {
        setStatus({ kind: 'failed' });
      },
    );
  };

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="hl-button primary"
          onClick={() => {
            downloadText(make().doc.svg, exportFileName(run, 'animated.svg'), 'image/svg+xml');
          }}
        >
          {text.downloadSvg}
        </button>
        <button
          type="button"
          className="hl-button primary"
          disabled={status.kind === 'making'}
          onClick={onGif}
        >
          {text.downloadGif}
        </button>
      </div>
      <p className="copy-status" role="status">
        {status.kind === 'making'
          ? text.making(status.percent)
          : status.kind === 'ready'
            ? text.ready
            : status.kind === 'failed'
              ? t.shareDialogs.exportFailed
              : ''}
      </p>
    </>
  );
}
