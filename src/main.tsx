import './pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { builtInLibrary } from './ui/app/builtInLibrary.ts';
import { openStartLink } from './ui/share/linkedLibrary.ts';
import { registerServiceWorker } from './pwa/registerServiceWorker.ts';
import { RecoveryBoundary } from './ui/recovery/RecoveryBoundary.tsx';
import { announceUpdate } from './ui/recovery/updateNotice.ts';
import './ui/app/app.css';

const root = document.getElementById('root');
if (root !== null) {
  const library = builtInLibrary();
  void openStartLink(library, window.location)
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
