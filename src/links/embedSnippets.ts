/**
 * The code a blogger pastes: the iframe, the two-line script that sizes it from the height
 * messages, and the custom element. Every value placed in markup is escaped.
 */
import { xmlEscape } from '../export/index.ts';
import { HEIGHT_MESSAGE } from './frameHeight.ts';

/** The iframe, at a starting height the script (if present) then corrects. */
export function iframeSnippet(src: string, title: string, compact: boolean): string {
  const height = compact ? 440 : 680;
  return `<iframe src="${xmlEscape(src)}" title="${xmlEscape(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:60rem" loading="lazy"></iframe>`;
}

/**
 * Listens for height messages from iframes of the app's origin and sets the height of the one
 * that sent it (matched by its window, so several embeds on one page each get their own).
 */
export function resizeScript(appOrigin: string): string {
  const origin = JSON.stringify(appOrigin).replace(/</g, '\\u003c');
  return [
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${origin}||!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0&&d.height<20000))return;`,
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`,
  ].join('\n');
}

/** The script tag and the element, for pages that allow scripts. */
export function elementSnippet(
  scriptSrc: string,
  attributes: Readonly<Record<string, string | null>>,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${xmlEscape(value)}"`)
    .join('');
  return `<script src="${xmlEscape(scriptSrc)}" defer></script>\n<handshake-lab${attrs}></handshake-lab>`;
}
