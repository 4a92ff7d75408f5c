/**
 * A modal dialog on the native `<dialog>`: the browser traps focus, closes it on Escape, makes
 * the page behind inert, and returns focus to where it was. Keys pressed inside it do not reach
 * the player's window-wide shortcuts.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useMessages } from '../run/index.ts';
import './kit.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A wider dialog for text and code. */
  wide?: boolean;
}

/** Shown while mounted: render it when open, unmount it to close. */
export function Dialog({ title, onClose, children, wide = false }: DialogProps) {
  const t = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const unmounting = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    unmounting.current = false;
    if (!dialog.open) dialog.showModal();
    return () => {
      unmounting.current = true;
      dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'hl-dialog is-wide' : 'hl-dialog'}
      aria-labelledby={titleId}
      onClose={(e) => {
        // The close this component makes while unmounting (or StrictMode's rehearsal of an
        // unmount, whose close event may arrive after the dialog has opened again) is not the
        // user's: only a dialog that is really closed, by Escape or by the browser, reports it.
        if (unmounting.current || e.currentTarget.open) return;
        onClose();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
      }}
    >
      <div className="hl-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="hl-dialog-close"
          onClick={onClose}
          aria-label={t.share.close}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" fill="none" />
          </svg>
        </button>
      </div>
      <div className="hl-dialog-body">{children}</div>
    </dialog>
  );
}
