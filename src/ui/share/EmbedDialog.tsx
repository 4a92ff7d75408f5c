/**
 * The Embed dialog: choose the steps, autoplay, theme, height and language, and copy the iframe
 * for this view, the script that sizes it, or the custom element. A custom scenario (a Lab
 * session, a linked one) rides in the iframe's fragment and the element's `scenario-data`; a run
 * no embed can compute (the SYN flood) is offered as the moving picture alone.
 */
import { useState } from 'react';
import { LANGS, type EmbedTheme, type Lang } from '../../i18n/index.ts';
import { useMessagesWith, useRun } from '../run/index.ts';
import { ChoiceSelect, CopyField, Dialog } from '../kit/index.ts';
import {
  DEFAULT_EMBED,
  embedQuery,
  elementSnippet,
  iframeSnippet,
  resizeScript,
  webOrigin,
} from '../../links/index.ts';
import { EmbedderSiteField } from './EmbedderSiteField.tsx';
import { ImageFallback } from './ImageFallback.tsx';
import { OembedLink } from './OembedLink.tsx';
import type { EmbedSource } from './embedSource.ts';
import { shareDialogsCatalogues } from '../../i18n/shareDialogs/catalogues.ts';

const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
const NATIVE: Record<Lang, string> = { en: 'English', ko: '한국어' };

export interface EmbedDialogProps {
  /** What the player plays; null: the run can only be shown as the moving picture. */
  source: EmbedSource | null;
  /** The scenario's title, for the iframe's accessible name. */
  title: string;
  lang: Lang;
  onClose: () => void;
}

function clampStep(text: string, max: number): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(max, Math.max(0, n)) : 0;
}

export default function EmbedDialog({ source, title, lang, onClose }: EmbedDialogProps) {
  const t = useMessagesWith(shareDialogsCatalogues);
  const run = useRun();
  const count = run.schedule.count;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(count);
  const [autoplay, setAutoplay] = useState(false);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [compact, setCompact] = useState(false);
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [site, setSite] = useState('');

  if (source === null) {
    return (
      <Dialog title={t.shareDialogs.embedTitle} onClose={onClose} wide>
        <p>{t.shareDialogs.embedOnlyImage}</p>
        <ImageFallback theme="light" title={title} />
      </Dialog>
    );
  }
  const scenario = 'scenario' in source ? source.scenario : null;
  const payload = 'payload' in source ? source.payload : null;
  const fragment = payload === null ? '' : `#s=${payload}`;
  const query = embedQuery({
    ...DEFAULT_EMBED,
    scenario,
    from: from > 0 ? from : null,
    to: to < count ? to : null,
    autoplay,
    lang: embedLang,
    theme,
    compact,
    origin: webOrigin(site.trim()),
  });
  const src = `${new URL('embed.html', window.location.href).href}${query}${fragment}`;
  const element = elementSnippet(new URL('embed/handshake-lab.js', window.location.href).href, {
    scenario,
    'scenario-data': payload,
    lang: embedLang,
    theme: theme === 'auto' ? null : theme,
    from: from > 0 ? String(from) : null,
    to: to < count ? String(to) : null,
    autoplay: autoplay ? '' : null,
    compact: compact ? '' : null,
  });

  return (
    <Dialog title={t.shareDialogs.embedTitle} onClose={onClose} wide>
      <p>{t.shareDialogs.embedIntro}</p>
      <fieldset className="option-grid">
        <legend className="visually-hidden">{t.shareDialogs.stepRange}</legend>
        <label>
          {t.shareDialogs.fromStep}
          <input
            type="number"
            min={0}
            max={count}
            value={from}
            onChange={(e) => {
              const n = clampStep(e.currentTarget.value, count);
              setFrom(n);
              if (n > to) setTo(n);
            }}
          />
        </label>
        <label>
          {t.shareDialogs.toStep}
          <input
            type="number"
            min={0}
            max={count}
            value={to}
            onChange={(e) => {
              const n = clampStep(e.currentTarget.value, count);
              setTo(n);
              if (n < from) setFrom(n);
            }}
          />
        </label>
        <ChoiceSelect
          label={t.shareDialogs.theme}
          value={theme}
          choices={THEMES}
          nameOf={(x) => t.shareDialogs.themeName[x]}
          onChange={setTheme}
        />
        <label>
          {t.shareDialogs.language}
          <select
            value={embedLang}
            onChange={(e) => {
              const next = LANGS.find((x) => x === e.currentTarget.value);
              if (next !== undefined) setEmbedLang(next);
            }}
          >
            {LANGS.map((x) => (
              <option key={x} value={x} lang={x}>
                {NATIVE[x]}
              </option>
            ))}
          </select>
        </label>
        <label className="check-option">
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(e) => {
              setAutoplay(e.currentTarget.checked);
            }}
          />
          {t.shareDialogs.autoplay}
        </label>
        <label className="check-option">
          <input
            type="checkbox"
            checked={compact}
            onChange={(e) => {
              setCompact(e.currentTarget.checked);
            }}
          />
          {t.shareDialogs.compact}
        </label>
        <EmbedderSiteField value={site} onChange={setSite} />
      </fieldset>
      <CopyField
        label={t.shareDialogs.iframeSnippet}
        value={iframeSnippet(src, t.shareDialogs.frameTitle(title), compact)}
        multiline
      />
      <CopyField
        label={t.shareDialogs.resizeSnippet}
        value={resizeScript(window.location.origin)}
        multiline
      />
      <CopyField label={t.shareDialogs.elementSnippet} value={element} multiline />
      {scenario !== null && <OembedLink scenario={scenario} lang={embedLang} />}
      <p className="dialog-note">{t.shareDialogs.embedHelp}</p>
      <ImageFallback theme={theme === 'dark' ? 'dark' : 'light'} title={title} />
    </Dialog>
  );
}
