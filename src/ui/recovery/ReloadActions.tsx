/** Reload, the way out that always works, and a gentler choice beside it. */
import { reloadPage } from './reloadPage.ts';

export interface ReloadActionsProps {
  reload: string;
  other: { label: string; onClick: () => void };
}

export function ReloadActions({ reload, other }: ReloadActionsProps) {
  return (
    <div className="recovery-actions">
      <button type="button" className="hl-button primary" onClick={reloadPage}>
        {reload}
      </button>
      <button type="button" className="hl-button" onClick={other.onClick}>
        {other.label}
      </button>
    </div>
  );
}
