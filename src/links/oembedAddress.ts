/**
 * Where a build publishes the oEmbed files of oembed.ts, apart from what they hold: the embed
 * page and the Embed dialog need only the addresses (and so load nothing more).
 */
import type { Lang } from '../i18n/index.ts';

/** Where the files of a scenario in a language live, relative to the site's address. */
export function oembedPaths(name: string, lang: Lang): { document: string; page: string } {
  return { document: `oembed/${name}.${lang}.json`, page: `embed/${name}.${lang}.html` };
}

/** A scenario's oEmbed document and page on a site. */
export function addressesOn(
  site: string,
  name: string,
  lang: Lang,
): { document: string; page: string } {
  const paths = oembedPaths(name, lang);
  return { document: new URL(paths.document, site).href, page: new URL(paths.page, site).href };
}

/**
 * The site's address as oEmbed needs it: absolute http(s), ending in a slash (the folder the
 * app is served from). Null when it is not such an address.
 */
export function siteAddress(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** The published addresses of a scenario's oEmbed document and page, or null when the build published none. */
export function oembedUrls(
  siteUrl: string | undefined,
  scenario: string,
  lang: Lang,
): { document: string; page: string } | null {
  const site = siteAddress(siteUrl);
  return site === null ? null : addressesOn(site, scenario, lang);
}
