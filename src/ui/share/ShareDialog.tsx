/** The Share dialog: the link to this exact view, already copied where the browser allows. */
import { useMessagesWith } from '../run/index.ts';
import { CopyField, Dialog, type CopyStatus } from '../kit/index.ts';
import { shareDialogsCatalogues } from '../../i18n/shareDialogs/catalogues.ts';

export interface ShareDialogProps {
  link: string;
  /** Whether opening the dialog already copied the link. */
  copied: CopyStatus;
  /** Whether the scenario itself travels in the link. */
  custom: boolean;
  onClose: () => void;
}

export default function ShareDialog({ link, copied, custom, onClose }: ShareDialogProps) {
  const t = useMessagesWith(shareDialogsCatalogues);
  const status =
    copied === 'copied' ? t.share.copied : copied === 'failed' ? t.share.copyFailed : null;
  return (
    <Dialog title={t.shareDialogs.shareTitle} onClose={onClose}>
      <p>{t.shareDialogs.shareIntro}</p>
      {custom && <p className="dialog-note">{t.shareDialogs.shareCustomNote}</p>}
      <CopyField
        label={t.share.link}
        value={link}
        copyLabel={t.shareDialogs.copyLink}
        note={status ?? t.shareDialogs.linkLength(link.length)}
      />
    </Dialog>
  );
}
