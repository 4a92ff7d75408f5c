/** The link the Share button copies: the address bar, with the step and language made explicit. */
import type { Lang } from '../i18n/index.ts';

/** `href` with `step` and `lang` set (a shared link opens in the sharer's language). */
export function shareUrl(href: string, step: number, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set('step', String(step));
  url.searchParams.set('lang', lang);
  url.searchParams.delete('present');
  return url.toString();
}
