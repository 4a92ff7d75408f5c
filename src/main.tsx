import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { builtInLibrary } from './ui/app/builtInLibrary.ts';
import './ui/app/app.css';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App library={builtInLibrary()} />
    </StrictMode>,
  );
}
