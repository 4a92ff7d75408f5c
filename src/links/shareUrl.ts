/** The link the Share button copies: the address bar, with the step and language made explicit. */
import type { Lang } from '../i18n/index.ts';
import { patchScreenHref } from './screenAddress.ts';

/** `href` with `step` and `lang` set (a shared link opens in the sharer's language), not presenting. */
export function shareUrl(href: string, step: number, lang: Lang): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}${patchScreenHref(url, { step, lang, present: false })}`;
}
