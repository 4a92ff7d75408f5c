/**
 * Publishes oEmbed for the built-in scenarios (src/links/oembed.ts): an oEmbed document and a
 * discovery page per scenario and language. oEmbed needs absolute addresses, so the build must
 * be told where the site will be served: `VITE_SITE_URL=https://example.org/lab/ npm run build`.
 * Without it the build publishes none and says so.
 */
import type { Plugin } from 'vite';
import { oembedDocument, oembedPage, oembedPaths, siteAddress } from '../../src/links/index.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';

export function oembed(): Plugin {
  let site: string | null = null;
  let given: string | undefined;
  return {
    name: 'handshake-lab-oembed',
    apply: 'build',
    configResolved(config) {
      const env: Record<string, unknown> = config.env;
      const raw = env.VITE_SITE_URL;
      given = typeof raw === 'string' && raw !== '' ? raw : undefined;
      site = siteAddress(given);
    },
    buildStart() {
      if (given !== undefined && site === null) {
        this.error(`VITE_SITE_URL must be an absolute http(s) address, not "${given}"`);
      }
    },
    generateBundle(_options, bundle) {
      // Only the app's build has the embed page (its HTML is written later, from this entry);
      // other builds (the UI bench) publish nothing.
      const embedPage = Object.values(bundle).some(
        (item) => item.type === 'chunk' && item.isEntry && item.name === 'embed',
      );
      if (!embedPage) return;
      if (site === null) {
        this.info('no oEmbed documents: set VITE_SITE_URL to the address the site is served from');
        return;
      }
      for (const scenario of builtInScenarios) {
        for (const lang of LANGS) {
          const words = {
            name: scenario.name,
            title: scenario.title[lang],
            description: scenario.description[lang],
          };
          const paths = oembedPaths(scenario.name, lang);
          this.emitFile({
            type: 'asset',
            fileName: paths.document,
            source: `${JSON.stringify(oembedDocument(site, words, lang), null, 2)}\n`,
          });
          this.emitFile({
            type: 'asset',
            fileName: paths.page,
            source: oembedPage(site, words, lang),
          });
        }
      }
    },
  };
}
