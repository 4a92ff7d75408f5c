/**
 * The lab (`?view=lab`): drive both endpoints and the network yourself, watch a SYN flood and
 * SYN cookies, or predict each step before it is shown. One session is shared by the modes, so
 * the quiz can run over what the student built.
 */
import { useCallback, useState } from 'react';
import type { LabMode } from '../../i18n/index.ts';
import { useMessages } from '../run/index.ts';
import { DriveMode } from './drive/DriveMode.tsx';
import { FloodMode } from './flood/FloodMode.tsx';
import { LabModeNav } from './LabModeNav.tsx';
import { modeFromSearch, searchWithMode } from '../../lab/index.ts';
import { QuizMode } from './quiz/QuizMode.tsx';
import { useLabSession } from './useLabSession.ts';
import './lab.css';

export interface LabViewProps {
  /** The address bar's query string when the view opened. */
  search: string;
}

export default function LabView({ search }: LabViewProps) {
  const t = useMessages();
  const [mode, setMode] = useState<LabMode>(() => modeFromSearch(search));
  const lab = useLabSession();
  const changeMode = useCallback((next: LabMode) => {
    const query = searchWithMode(window.location.search, next);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${query}${window.location.hash}`,
    );
    setMode(next);
  }, []);
  return (
    <div className={`lab-view lab-mode-${mode}`}>
      <div className="lab-bar">
        <h2 className="visually-hidden">{t.viewName.lab}</h2>
        <LabModeNav current={mode} search={search} onChange={changeMode} />
        <p className="lab-intro">{t.lab.modeIntro[mode]}</p>
      </div>
      {mode === 'drive' && <DriveMode lab={lab} />}
      {mode === 'flood' && <FloodMode />}
      {mode === 'quiz' && <QuizMode lab={lab} />}
    </div>
  );
}
