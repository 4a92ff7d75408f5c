import './pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startScenario } from './ui/shell/index.ts';
import { builtInLibrary } from './scenarios/builtins.ts';
import { detectLang } from './i18n/index.ts';
import { loadChunk, openStartLink, readScreenAddress, type LinkRun } from './links/index.ts';
import { registerServiceWorker } from './pwa/index.ts';
import { RecoveryBoundary, announceUpdate } from './ui/recovery/index.ts';
import './ui/shell/app.css';

const root = document.getElementById('root');
if (root !== null) {
  const library = builtInLibrary();
  const { search, hash } = window.location;
  // In the Lab the fragment carries the Lab's session, which the Lab opens itself.
  const lab = readScreenAddress(search, hash).view === 'lab';
  const reactRoot = createRoot(root);
  // A scenario in the link runs in a worker, its progress and a Cancel on screen meanwhile.
  const run: LinkRun = async (linked) =>
    (await loadChunk(() => import('./ui/share/linkRunOffPage.ts'))).runLinkOffPage(
      reactRoot,
      linked,
      detectLang(search, navigator.languages),
      'link',
    );
  void openStartLink(library, { search, hash: lab ? '' : hash }, run)
    .catch(() => ({ library, problem: null }))
    .then(async (start) => {
      // The first view's trace (a data chunk) arrives before the first render, so the first
      // paint has the diagram. A failed load is retried, and reported, by the view itself.
      // So are the scenarios' titles in the reader's language (a data chunk per language).
      await Promise.all([
        start.library.load(startScenario(start.library, search, lab ? '' : hash)).catch(() => null),
        start.library.texts(detectLang(search, navigator.languages)).catch(() => null),
      ]);
      reactRoot.render(
        <StrictMode>
          <RecoveryBoundary>
            <App library={start.library} linkProblem={start.problem} />
          </RecoveryBoundary>
        </StrictMode>,
      );
    });
}
registerServiceWorker(announceUpdate);
