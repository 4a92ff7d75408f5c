/**
 * The lab (`?view=lab`): drive both endpoints and the network yourself, watch a SYN flood and
 * SYN cookies, or predict each step before it is shown. One session is shared by the modes, so
 * the quiz can run over what the student built. The address names the mode, the step and the
 * session (in the fragment), so a shared link reopens the same screen.
 */
import { useCallback, useState } from 'react';
import type { LabMode } from '../../i18n/index.ts';
import { readScreenAddress } from '../../links/index.ts';
import { replaceAddress } from '../kit/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { DriveMode } from './drive/DriveMode.tsx';
import { LabModeNav } from './LabModeNav.tsx';
import type { LabShare } from './labShare.ts';
import { useLabSession } from './useLabSession.ts';
import './lab.css';
import { labCatalogues } from '../../i18n/lab/catalogues.ts';

// The SYN flood and the quiz load when chosen, so the Lab opens on driving with a smaller chunk.
const FloodMode = lazyView(() => import('./flood/FloodMode.tsx'));
const QuizMode = lazyView(() => import('./quiz/QuizMode.tsx'));

export interface LabViewProps extends LabShare {
  /** The address bar's query string and fragment when the view opened. */
  search: string;
  hash: string;
}

export default function LabView({ search, hash, toolsSlot, lang }: LabViewProps) {
  const t = useMessagesWith(labCatalogues);
  const [start] = useState(() => readScreenAddress(search, hash));
  const [mode, setMode] = useState<LabMode>(start.lab);
  const lab = useLabSession(start.lab === 'flood' ? null : start.payload);
  const share: LabShare = { toolsSlot, lang };
  const [switched, setSwitched] = useState(false);
  const changeMode = useCallback((next: LabMode) => {
    replaceAddress({ lab: next, step: null, scenario: null, payload: null });
    setSwitched(true);
    setMode(next);
  }, []);
  // The step and run in the address belong to the mode it opened in, until the mode changes.
  const first = switched ? null : start;
  return (
    <div className={`lab-view lab-mode-${mode}`}>
      <div className="lab-bar">
        <h2 className="visually-hidden">{t.viewName.lab}</h2>
        <LabModeNav current={mode} search={search} onChange={changeMode} />
        <p className="lab-intro">{t.lab.modeIntro[mode]}</p>
      </div>
      {mode === 'drive' && <DriveMode lab={lab} firstStep={first?.step ?? null} share={share} />}
      <LazyBoundary key={mode} fallback={<p className="hint">{t.loading}</p>}>
        {mode === 'flood' && (
          <FloodMode firstStep={first?.step ?? null} settings={start.flood} share={share} />
        )}
        {mode === 'quiz' && (
          <QuizMode
            lab={lab}
            firstStep={first?.step ?? null}
            firstSource={
              first === null ? null : (first.scenario ?? (first.payload === null ? null : 'own'))
            }
            share={share}
          />
        )}
      </LazyBoundary>
    </div>
  );
}
