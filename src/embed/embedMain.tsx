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
  const builtIn = library.scenarios.find((s) => s.name === config.scenario);
  if (builtIn !== undefined) {
    const lang = config.lang ?? 'en';
    const href = oembedUrls(import.meta.env.VITE_SITE_URL, builtIn.name, lang)?.document ?? null;
    advertiseOembed(document, href, builtIn.title[lang]);
  }
  const reactRoot = createRoot(root);
  // A scenario in the fragment runs in a worker, its progress and a Cancel on screen meanwhile.
  const run: LinkRun = async (linked) =>
    (await loadChunk(() => import('../ui/share/linkRunOffPage.ts'))).runLinkOffPage(
      reactRoot,
      linked,
      config.lang ?? detectLang('', navigator.languages),
      'embed',
    );
  // The scenario comes from `scenario=`, checked by the embed itself; only a fragment is opened here.
  void openStartLink(library, { search: '', hash: window.location.hash }, run)
    .catch(() => ({ library, problem: null }))
    .then(async (start) => {
      // The trace (a data chunk) arrives before the first render; a failure is the view's to report.
      const known = start.library.scenarios.some((s) => s.name === config.scenario);
      const name = known && config.scenario !== null ? config.scenario : start.library.defaultName;
      await start.library.load(name).catch(() => null);
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
