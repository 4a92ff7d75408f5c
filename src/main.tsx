import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App.tsx';
import { builtInLibrary } from './scenarios/built-in-library.ts';
import { openStartLink } from './links/linkedLibrary.ts';
import { registerServiceWorker } from './pwa/registerServiceWorker.ts';
import './ui/shell/app.css';

const root = document.getElementById('root');
if (root !== null) {
  const library = builtInLibrary();
  void openStartLink(library, window.location)
    .catch(() => ({ library, problem: null }))
    .then((start) => {
      createRoot(root).render(
        <StrictMode>
          <App library={start.library} linkProblem={start.problem} />
        </StrictMode>,
      );
    });
}
registerServiceWorker();
