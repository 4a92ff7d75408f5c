/**
 * oEmbed documents and discovery pages as the build publishes them: valid oEmbed 1.0 `rich`
 * responses (https://oembed.com, section 2.3.4) whose HTML is one iframe of the embed page, for
 * every built-in scenario in both languages; discovery pages that advertise them.
 */
import { Window } from 'happy-dom';
import { LANGS } from '../../src/i18n/index.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { oembedDocument, oembedPage } from '../../src/links/index.ts';
import { oembedPaths, oembedUrls, siteAddress } from '../../src/links/index.ts';

const SITE = 'https://lab.example/course/';

function parseHtml(html: string): Document {
  const window = new Window({ url: SITE });
  window.document.write(html);
  return window.document as unknown as Document;
}

const cases = builtInScenarios.flatMap((s) =>
  LANGS.map(
    (lang) =>
      [
        s.name,
        lang,
        { name: s.name, title: s.title[lang], description: s.description[lang] },
      ] as const,
  ),
);

describe('the oEmbed document', () => {
  it.each(cases)(
    '%s (%s) is a valid rich response with the player in an iframe',
    (name, lang, words) => {
      const json: unknown = JSON.parse(JSON.stringify(oembedDocument(SITE, words, lang)));
      expect(json).toEqual({
        version: '1.0',
        type: 'rich',
        title: words.title,
        provider_name: 'Handshake Lab',
        provider_url: SITE,
        html: expect.any(String) as unknown,
        width: 720,
        height: 680,
      });
      const html = (json as { html: string }).html;
      const doc = parseHtml(`<body>${html}</body>`);
      expect(doc.body.children).toHaveLength(1);
      const iframe = doc.querySelector('iframe');
      expect(iframe?.getAttribute('src')).toBe(`${SITE}embed.html?scenario=${name}&lang=${lang}`);
      expect(iframe?.getAttribute('width')).toBe('720');
      expect(iframe?.getAttribute('height')).toBe('680');
      expect(iframe?.getAttribute('title')).toBe(`Handshake Lab: ${words.title}`);
    },
  );

  it('escapes the title inside the HTML', () => {
    const hostile = { name: 'x', title: '"><script>alert(1)</script>', description: '' };
    const { html } = oembedDocument(SITE, hostile, 'en');
    const doc = parseHtml(`<body>${html}</body>`);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe(
      'Handshake Lab: "><script>alert(1)</script>',
    );
  });
});

describe('the discovery page', () => {
  it.each(cases)(
    '%s (%s) advertises its document and sends a reader on to the player',
    (name, lang, words) => {
      const doc = parseHtml(oembedPage(SITE, words, lang));
      const links = doc.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
      expect(links).toHaveLength(1);
      expect(links[0]?.getAttribute('href')).toBe(`${SITE}oembed/${name}.${lang}.json`);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        `0; url=../embed.html?scenario=${name}&lang=${lang}`,
      );
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(oembedUrls(SITE, name, lang)).toEqual({
        document: `${SITE}${oembedPaths(name, lang).document}`,
        page: `${SITE}${oembedPaths(name, lang).page}`,
      });
    },
  );
});

describe('the site address', () => {
  it('is absolute http(s), a folder, without query or fragment', () => {
    expect(siteAddress('https://user.github.io/repo')).toBe('https://user.github.io/repo/');
    expect(siteAddress(' https://lab.example/?x=1#y ')).toBe('https://lab.example/');
    expect(siteAddress('http://127.0.0.1:4183/')).toBe('http://127.0.0.1:4183/');
    expect(siteAddress('/relative/')).toBeNull();
    expect(siteAddress('ftp://lab.example/')).toBeNull();
    expect(siteAddress('')).toBeNull();
    expect(siteAddress(undefined)).toBeNull();
    expect(oembedUrls(undefined, 'lost-syn', 'en')).toBeNull();
  });
});
