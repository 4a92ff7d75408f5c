/**
 * The Export dialog: the whole run's ladder as SVG or PNG in a chosen palette, and the run as a
 * Mermaid sequence diagram and an RFC 9293-style listing, in the current language and numbers.
 */
import { useMemo, useState } from 'react';
import { mermaidSequence, rfcListing } from '../../export/index.ts';
import { PALETTES, type ThemeName } from '../../themes/index.ts';
import { useMessagesWith, useNumberMode, useRun } from '../run/index.ts';
import { ChoiceSelect, CopyField, Dialog, downloadBlob, downloadText } from '../kit/index.ts';
import { svgToPng } from './svgToPng.ts';
import { exportFileName, ladderDocument } from './ladderExport.ts';
import { MovingImageExport } from './MovingImageExport.tsx';
import { shareDialogsCatalogues } from '../../i18n/shareDialogs/catalogues.ts';

const THEMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

function currentTheme(): ThemeName {
  if (document.documentElement.dataset.presenting !== undefined) return 'projector';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export default function ExportDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const t = useMessagesWith(shareDialogsCatalogues);
  const run = useRun();
  const mode = useNumberMode();
  const [theme, setTheme] = useState<ThemeName>(currentTheme);
  const [failed, setFailed] = useState(false);
  const words = t.shareDialogs.exportWords;
  const mermaid = useMemo(
    () => mermaidSequence(run.trace, { mode, words, title }),
    [run, mode, words, title],
  );
  const listing = useMemo(
    () => rfcListing(run.trace, { mode, words, title }),
    [run, mode, words, title],
  );
  const doc = (): ReturnType<typeof ladderDocument> =>
    ladderDocument(run, t, mode, title, PALETTES[theme]);

  return (
    <Dialog title={t.shareDialogs.exportTitle} onClose={onClose} wide>
      <h3>{t.shareDialogs.exportImage}</h3>
      <p className="dialog-note">{t.shareDialogs.exportImageHint}</p>
      <div className="option-grid">
        <ChoiceSelect
          label={t.shareDialogs.exportColours}
          value={theme}
          choices={THEMES}
          nameOf={(x) => t.shareDialogs.exportTheme[x]}
          onChange={setTheme}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="hl-button primary"
          onClick={() => {
            downloadText(doc().svg, exportFileName(run, 'ladder.svg'), 'image/svg+xml');
          }}
        >
          {t.shareDialogs.downloadSvg}
        </button>
        <button
          type="button"
          className="hl-button primary"
          onClick={() => {
            setFailed(false);
            svgToPng(doc()).then(
              (png) => {
                downloadBlob(png, exportFileName(run, 'ladder.png'));
              },
              () => {
                setFailed(true);
              },
            );
          }}
        >
          {t.shareDialogs.downloadPng}
        </button>
      </div>
      <p className="copy-status" role="status">
        {failed ? t.shareDialogs.exportFailed : ''}
      </p>
      <MovingImageExport theme={theme} title={title} />
      <h3>{t.shareDialogs.exportText}</h3>
      <p className="dialog-note">{t.shareDialogs.numbersNote[mode]}</p>
      <CopyField label={t.shareDialogs.mermaid} value={mermaid} multiline />
      <div className="button-row">
        <button
          type="button"
          className="hl-button"
          onClick={() => {
            downloadText(mermaid, exportFileName(run, 'sequence.mmd'), 'text/plain');
          }}
        >
          {t.shareDialogs.download} (.mmd)
        </button>
      </div>
      <CopyField label={t.shareDialogs.rfcListing} value={listing} multiline />
      <div className="button-row">
        <button
          type="button"
          className="hl-button"
          onClick={() => {
            downloadText(listing, exportFileName(run, 'rfc9293.txt'), 'text/plain');
          }}
        >
          {t.shareDialogs.download} (.txt)
        </button>
      </div>
    </Dialog>
  );
}
