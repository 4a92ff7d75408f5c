/**
 * The fallback for platforms without iframes: the moving picture, linked to the live run, as
 * Markdown and as HTML. Every value is escaped for where it goes.
 */
import { xmlEscape } from '../export/index.ts';

/** A Markdown link destination: characters that would end or split it are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Markdown image text: brackets and backslashes escaped, on one line. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** `[![alt](image)](link)`: the image, and a click opens the live run. */
export function markdownImageLink(image: string, alt: string, link: string): string {
  return `[![${markdownText(alt)}](${markdownUrl(image)})](${markdownUrl(link)})`;
}

/** The same in HTML, at the width the picture was laid out for. */
export function htmlImageLink(image: string, alt: string, link: string, width: number): string {
  return `<a href="${xmlEscape(link)}"><img src="${xmlEscape(image)}" alt="${xmlEscape(alt)}" width="${width}" style="max-width:100%;height:auto"></a>`;
}
