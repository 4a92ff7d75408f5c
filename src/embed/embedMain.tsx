/** The iframe embed page (embed.html): settings from its own address, no cookies, no requests. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtInLibrary } from '../ui/app/builtInLibrary.ts';
import { EmbedApp } from '../ui/embed/EmbedApp.tsx';
import { readEmbedConfig } from '../ui/embed/embedConfig.ts';
import { openStartLink } from '../ui/share/linkedLibrary.ts';
import '../ui/app/app.css';
import { oembedUrls } from '../ui/embed/oembedAddress.ts';
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
  // The scenario comes from `scenario=`, checked by the embed itself; only a fragment is opened here.
  void openStartLink(library, { search: '', hash: window.location.hash })
    .catch(() => ({ library, problem: null }))
    .then((start) => {
      document.documentElement.lang = config.lang ?? 'en';
      createRoot(root).render(
        <StrictMode>
          <EmbedApp
            library={start.library}
            config={config}
            problem={start.problem}
            appUrl={new URL('./', window.location.href).href}
            fragment={window.location.hash}
            framed
            languages={navigator.languages}
          />
        </StrictMode>,
      );
    });
}
