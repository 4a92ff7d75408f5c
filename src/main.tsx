import './pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startScenario } from './ui/shell/index.ts';
import { builtInLibrary } from './scenarios/builtins.ts';
import { openStartLink, readScreenAddress } from './links/index.ts';
import { registerServiceWorker } from './pwa/index.ts';
import { RecoveryBoundary, announceUpdate } from './ui/recovery/index.ts';
import './ui/shell/app.css';

const root = document.getElementById('root');
if (root !== null) {
  const library = builtInLibrary();
  const { search, hash } = window.location;
  // In the Lab the fragment carries the Lab's session, which the Lab opens itself.
  const lab = readScreenAddress(search, hash).view === 'lab';
  void openStartLink(library, { search, hash: lab ? '' : hash })
    .catch(() => ({ library, problem: null }))
    .then(async (start) => {
      // The first view's trace (a data chunk) arrives before the first render, so the first
      // paint has the diagram. A failed load is retried, and reported, by the view itself.
      await start.library
        .load(startScenario(start.library, search, lab ? '' : hash))
        .catch(() => null);
      createRoot(root).render(
        <StrictMode>
          <RecoveryBoundary>
            <App library={start.library} linkProblem={start.problem} />
          </RecoveryBoundary>
        </StrictMode>,
      );
    });
}
registerServiceWorker(announceUpdate);
