/**
 * The app-wide banner for an out-of-date page: a new version is ready (a polite status: this page
 * keeps working), or a part of the app could not be loaded (an alert). Both offer a reload.
 */
import { useMessages } from '../run/index.ts';
import { ReloadActions } from './ReloadActions.tsx';
import { dismissUpdateNotice, useUpdateNotice } from './updateNotice.ts';
import '../kit/kit.css';
import './recovery.css';

export function UpdateBanner() {
  const t = useMessages().recovery;
  const notice = useUpdateNotice();
  if (notice === 'none') return null;
  const failed = notice === 'load-failed';
  return (
    <div
      className={failed ? 'update-banner is-failed' : 'update-banner'}
      role={failed ? 'alert' : 'status'}
    >
      <div className="update-banner-text">
        <p className="recovery-title">{failed ? t.loadFailedTitle : t.updateReady}</p>
        <p>
          {failed ? t.loadFailed : t.updateReadyDetail} {t.keptOnReload}
        </p>
      </div>
      <ReloadActions reload={t.reload} other={{ label: t.later, onClick: dismissUpdateNotice }} />
    </div>
  );
}
