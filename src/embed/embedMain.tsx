/** The iframe embed page (embed.html): settings from its own address, no cookies, no requests. */
import '../pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtInLibrary } from '../scenarios/builtins.ts';
import { EmbedApp, FrameBridge } from '../ui/embed/index.ts';
import { RecoveryBoundary } from '../ui/recovery/index.ts';
import { detectLang } from '../i18n/index.ts';
import {
  loadChunk,
  readEmbedConfig,
  openStartLink,
  oembedUrls,
  type LinkRun,
} from '../links/index.ts';
import '../ui/shell/app.css';
import { advertiseOembed } from './oembedLink.ts';

const root = document.getElementById('root');
if (root !== null) {
  const config = readEmbedConfig(window.location.search);
  const library = builtInLibrary();
  // Only a built-in scenario has an oEmbed document.
  const builtIn = config.scenario !== null && library.names.includes(config.scenario);
  const lang = config.lang ?? detectLang('', navigator.languages);
  const reactRoot = createRoot(root);
  // A scenario in the fragment runs in a worker, its progress and a Cancel on screen meanwhile.
  const run: LinkRun = async (linked) =>
    (await loadChunk(() => import('../ui/share/linkRunOffPage.ts'))).runLinkOffPage(
      reactRoot,
      linked,
      lang,
      'embed',
    );
  // The scenario comes from `scenario=`, checked by the embed itself; only a fragment is opened here.
  void openStartLink(library, { search: '', hash: window.location.hash }, run)
    .catch(() => ({ library, problem: null }))
    .then(async (start) => {
      // The trace (a data chunk) arrives before the first render; a failure is the view's to report.
      const known = config.scenario !== null && start.library.names.includes(config.scenario);
      const name = known && config.scenario !== null ? config.scenario : start.library.defaultName;
      await Promise.all([
        start.library.load(name).catch(() => null),
        start.library.texts(lang).catch(() => null),
      ]);
      if (builtIn && config.scenario !== null) {
        // The oEmbed document speaks the address's language, English when it names none.
        const oembedLang = config.lang ?? 'en';
        const texts = await start.library.texts(oembedLang).catch(() => null);
        const href = oembedUrls(import.meta.env.VITE_SITE_URL, config.scenario, oembedLang);
        const title = texts?.[config.scenario]?.title ?? config.scenario;
        advertiseOembed(document, href?.document ?? null, title);
      }
      document.documentElement.lang = config.lang ?? 'en';
      reactRoot.render(
        <StrictMode>
          <RecoveryBoundary>
            <EmbedApp
              library={start.library}
              config={config}
              problem={start.problem}
              appUrl={new URL('./', window.location.href).href}
              fragment={window.location.hash}
              frameBridge={FrameBridge}
              languages={navigator.languages}
            />
          </RecoveryBoundary>
        </StrictMode>,
      );
    });
}
