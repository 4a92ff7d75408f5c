/**
 * The Embed dialog's fallback for platforms that strip iframes and scripts (GitHub READMEs,
 * Velog, Notion): download the moving picture, and paste it as an image that links to the run.
 */
import { useId } from 'react';
import { MOVING_IMAGE_TEXT } from '../../i18n/index.ts';
import type { ThemeName } from '../../themes/index.ts';
import { useMessages, useRun } from '../run/index.ts';
import { MOVING_WIDTH, MovingImageButtons, exportFileName } from '../export/index.ts';
import { CopyField } from '../kit/index.ts';
import { htmlImageLink, markdownImageLink, shareUrl } from '../../links/index.ts';

export function ImageFallback({ theme, title }: { theme: ThemeName; title: string }) {
  const t = useMessages();
  const run = useRun();
  const text = MOVING_IMAGE_TEXT[t.lang];
  const link = shareUrl(window.location.href, 0, t.lang);
  const image = exportFileName(run, 'animated.svg');
  const alt = text.alt(title);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{text.fallbackTitle}</h3>
      <p className="dialog-note">{text.fallbackIntro}</p>
      <MovingImageButtons theme={theme} title={title} />
      <CopyField label={text.markdown} value={markdownImageLink(image, alt, link)} multiline />
      <CopyField
        label={text.html}
        value={htmlImageLink(image, alt, link, MOVING_WIDTH)}
        multiline
      />
    </section>
  );
}
