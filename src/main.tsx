import './pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/index.ts';
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
    .then((start) => {
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
