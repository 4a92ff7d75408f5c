/**
 * The embed page's oEmbed discovery link, added when it plays a built-in scenario of a build
 * that published oEmbed: for platforms that run the page's script before reading its head. (The
 * published discovery pages carry it in their HTML, for those that do not.)
 */

/** Adds `<link rel="alternate" type="application/json+oembed">` to the page's head. */
export function advertiseOembed(doc: Document, href: string | null, title: string): void {
  if (href === null) return;
  const link = doc.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.href = href;
  link.title = title;
  doc.head.append(link);
}
