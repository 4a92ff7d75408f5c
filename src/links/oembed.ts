/**
 * oEmbed (https://oembed.com) for a static site: for every built-in scenario and language, the
 * build writes an oEmbed document (`rich`, the embed page in an iframe) and a small page that
 * advertises it with a discovery link, so a platform that discovers oEmbed turns a pasted link
 * to that page into the player. oEmbed needs absolute addresses, so these exist only when the
 * build is told where the site will be served (VITE_SITE_URL). Pure: the build runs it in Node.
 * The addresses alone are in oembedAddress.ts.
 */
import { xmlEscape } from '../export/index.ts';
import type { Lang } from '../i18n/index.ts';
import { addressesOn } from './oembedAddress.ts';

/** The iframe's size in the document: the embed page's full layout. */
export const OEMBED_WIDTH = 720;
export const OEMBED_HEIGHT = 680;
export const OEMBED_PROVIDER = 'Handshake Lab';

/** A scenario as its oEmbed files name it, in one language. */
export interface OembedScenario {
  name: string;
  title: string;
  description: string;
}

/** An oEmbed 1.0 response of type `rich`. */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** The embed page playing the scenario, as an address relative to the site's. */
function playerPath(name: string, lang: Lang): string {
  return `embed.html?${new URLSearchParams({ scenario: name, lang }).toString()}`;
}

/** The oEmbed document of a scenario: the embed page in an iframe, at a size it fits. */
export function oembedDocument(site: string, scenario: OembedScenario, lang: Lang): OembedRich {
  const src = new URL(playerPath(scenario.name, lang), site).href;
  const title = `${OEMBED_PROVIDER}: ${scenario.title}`;
  return {
    version: '1.0',
    type: 'rich',
    title: scenario.title,
    provider_name: OEMBED_PROVIDER,
    provider_url: site,
    html: `<iframe src="${xmlEscape(src)}" title="${xmlEscape(title)}" width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
  };
}

/**
 * The page a writer pastes: its head advertises the oEmbed document (and says what it is to
 * link previews); a person who opens it is sent on to the embed page.
 */
export function oembedPage(site: string, scenario: OembedScenario, lang: Lang): string {
  const { document, page } = addressesOn(site, scenario.name, lang);
  const player = `../${playerPath(scenario.name, lang)}`;
  const title = `${scenario.title} · ${OEMBED_PROVIDER}`;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${xmlEscape(title)}</title>`,
    `<link rel="alternate" type="application/json+oembed" href="${xmlEscape(document)}" title="${xmlEscape(scenario.title)}">`,
    `<meta name="description" content="${xmlEscape(scenario.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${OEMBED_PROVIDER}">`,
    `<meta property="og:title" content="${xmlEscape(scenario.title)}">`,
    `<meta property="og:description" content="${xmlEscape(scenario.description)}">`,
    `<meta property="og:url" content="${xmlEscape(page)}">`,
    `<meta http-equiv="refresh" content="0; url=${xmlEscape(player)}">`,
    '</head>',
    '<body>',
    `<p><a href="${xmlEscape(player)}">${xmlEscape(title)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
