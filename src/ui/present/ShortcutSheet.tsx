/** The keyboard shortcuts of presentation mode, as a dialog. */
import { useMessages } from '../run/index.ts';
import { Dialog } from '../kit/index.ts';

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  return (
    <Dialog title={t.share.shortcutsTitle} onClose={onClose}>
      <dl className="shortcut-list">
        {t.share.shortcuts.map((s) => (
          <div key={s.keys.join(' ')}>
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
