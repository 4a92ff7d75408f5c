/**
 * The run's Share, Embed, Present, Export and Glossary buttons (drawn in the app header through
 * a portal, so they sit with the other controls yet see this run), their dialogs (each loaded
 * when first opened), and presentation mode.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../i18n/index.ts';
import { useMessages, usePlayerActor } from '../run/index.ts';
import { NarrationCaption, usePresentation } from '../present/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';
import { readScreenAddress, shareUrl } from '../../links/index.ts';
import type { EmbedSource } from './embedSource.ts';
import { ToolIcon, type ToolIconName, type CopyStatus } from '../kit/index.ts';
import './share.css';

const ShareDialog = lazyView(() => import('./ShareDialog.tsx'));
const EmbedDialog = lazyView(() => import('./EmbedDialog.tsx'));
const ExportDialog = lazyView(() => import('../export/ExportDialog.tsx'));
const GlossaryDialog = lazyView(() => import('../glossary/GlossaryDialog.tsx'));
const PresentationOverlay = lazyView(() => import('../present/PresentationOverlay.tsx'));

type Open = 'share' | 'embed' | 'export' | 'glossary' | null;

export interface ShareToolsProps {
  /** Where the buttons go (the header's slot); nothing is drawn there while it is null. */
  slot: HTMLElement | null;
  /** The scenario's title in the current language. */
  title: string;
  lang: Lang;
  /** What the Embed dialog's player plays; null where only the moving picture can stand in. */
  embed: EmbedSource | null;
  /**
   * Whether a link can bring this run back (false for a capture file, which never leaves the
   * browser): without one there is no Share or Embed, only Present, Export and the glossary.
   */
  linkable?: boolean;
}

export function ShareTools({ slot, title, lang, embed, linkable = true }: ShareToolsProps) {
  const t = useMessages();
  const actor = usePlayerActor();
  const presentation = usePresentation();
  const [open, setOpen] = useState<Open>(null);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState<CopyStatus>('idle');
  const close = (): void => {
    setOpen(null);
  };

  const onShare = (): void => {
    const url = shareUrl(window.location.href, actor.getSnapshot().context.cursor, lang);
    setLink(url);
    setCopied('idle');
    setOpen('share');
    if (typeof navigator.clipboard === 'undefined') {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => {
        setCopied('copied');
      },
      () => {
        setCopied('failed');
      },
    );
  };

  const button = (name: ToolIconName, label: string, onClick: () => void) => (
    <button type="button" className="tool-button" onClick={onClick}>
      <ToolIcon name={name} />
      <span className="tool-label">{label}</span>
    </button>
  );
  const toolbar = (
    <div className="share-toolbar" role="group" aria-label={t.share.toolbar}>
      {linkable && button('share', t.share.share, onShare)}
      {linkable &&
        button('embed', t.share.embed, () => {
          setOpen('embed');
        })}
      {button('present', t.share.present, presentation.enter)}
      {button('export', t.share.export, () => {
        setOpen('export');
      })}
      {button('glossary', t.share.glossary, () => {
        setOpen('glossary');
      })}
    </div>
  );

  return (
    <>
      {slot !== null && !presentation.on && createPortal(toolbar, slot)}
      {/* A dialog whose chunk will not load closes; the app-wide banner offers a reload. */}
      <LazyBoundary key={open} fallback={null} loadFailure="notice" onLoadFailure={close}>
        {open === 'share' && (
          <ShareDialog
            link={link}
            copied={copied}
            custom={readScreenAddress('', new URL(link).hash).payload !== null}
            onClose={close}
          />
        )}
        {open === 'embed' && (
          <EmbedDialog source={embed} title={title} lang={lang} onClose={close} />
        )}
        {open === 'export' && <ExportDialog title={title} onClose={close} />}
        {open === 'glossary' && <GlossaryDialog onClose={close} />}
      </LazyBoundary>
      {presentation.on && (
        <>
          <NarrationCaption className="presentation-caption" full />
          <LazyBoundary fallback={null} loadFailure="notice" onLoadFailure={presentation.exit}>
            <PresentationOverlay presentation={presentation} />
          </LazyBoundary>
        </>
      )}
    </>
  );
}
