/**
 * What takes the place of a view that failed: which kind of failure, what reloading keeps, and
 * Reload and Try again. It also works outside the app's providers (the root boundary), in
 * English there.
 */
import { useContext } from 'react';
import { en } from '../../i18n/index.ts';
import { MessagesContext } from '../run/index.ts';
import { ChunkLoadError } from '../../links/index.ts';
import { ReloadActions } from './ReloadActions.tsx';
import '../kit/kit.css';
import './recovery.css';

export interface RecoveryPanelProps {
  error: unknown;
  onRetry: () => void;
}

export function RecoveryPanel({ error, onRetry }: RecoveryPanelProps) {
  const t = (useContext(MessagesContext) ?? en).recovery;
  const load = error instanceof ChunkLoadError;
  return (
    <div className="recovery-panel" role="alert">
      <p className="recovery-title">{load ? t.loadFailedTitle : t.viewFailedTitle}</p>
      <p>
        {load ? t.loadFailed : t.viewFailed} {t.keptOnReload}
      </p>
      {!load && (
        <details className="recovery-detail">
          <summary>{t.errorDetail}</summary>
          <pre>{error instanceof Error ? error.message : String(error)}</pre>
        </details>
      )}
      <ReloadActions reload={t.reload} other={{ label: t.tryAgain, onClick: onRetry }} />
    </div>
  );
}
