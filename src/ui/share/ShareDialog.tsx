/** The Share dialog: the link to this exact view, already copied where the browser allows. */
import { useMessages } from '../run/index.ts';
import { CopyField, Dialog, type CopyStatus } from '../kit/index.ts';

export interface ShareDialogProps {
  link: string;
  /** Whether opening the dialog already copied the link. */
  copied: CopyStatus;
  /** Whether the scenario itself travels in the link. */
  custom: boolean;
  onClose: () => void;
}

export default function ShareDialog({ link, copied, custom, onClose }: ShareDialogProps) {
  const t = useMessages();
  const status =
    copied === 'copied' ? t.share.copied : copied === 'failed' ? t.share.copyFailed : null;
  return (
    <Dialog title={t.share.shareTitle} onClose={onClose}>
      <p>{t.share.shareIntro}</p>
      {custom && <p className="dialog-note">{t.share.shareCustomNote}</p>}
      <CopyField
        label={t.share.link}
        value={link}
        copyLabel={t.share.copyLink}
        note={status ?? t.share.linkLength(link.length)}
      />
    </Dialog>
  );
}
