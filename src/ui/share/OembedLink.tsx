/**
 * The address to paste where platforms discover oEmbed: the built-in scenario's published
 * discovery page. Shown only when the build published oEmbed (VITE_SITE_URL).
 */
import { OEMBED_TEXT, type Lang } from '../../i18n/index.ts';
import { oembedUrls } from '../../links/index.ts';
import { useMessages } from '../run/index.ts';
import { CopyField } from '../kit/index.ts';

export function OembedLink({ scenario, lang }: { scenario: string; lang: Lang }) {
  const text = OEMBED_TEXT[useMessages().lang];
  const page = oembedUrls(import.meta.env.VITE_SITE_URL, scenario, lang)?.page ?? null;
  if (page === null) return null;
  return <CopyField label={text.label} value={page} note={text.help} />;
}
