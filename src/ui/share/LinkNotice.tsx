/** Says what was wrong with the link the app was opened with; the default scenario shows. */
import { useState } from 'react';
import type { LinkProblem } from '../../i18n/index.ts';
import { useMessages } from '../run/index.ts';
import './share.css';

export function LinkNotice({ problem }: { problem: LinkProblem }) {
  const t = useMessages();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="link-notice" role="alert">
      <svg
        viewBox="0 0 20 20"
        width="20"
        height="20"
        aria-hidden="true"
        className="link-notice-icon"
      >
        <path d="M10 2l9 16H1z" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M10 8v4M10 14.5v.5" stroke="currentColor" strokeWidth="2" />
      </svg>
      <div className="link-notice-text">
        <p className="link-notice-title">{t.share.linkProblemTitle}</p>
        <p>
          {t.share.linkProblem(problem)} {t.share.showingDefault}
        </p>
      </div>
      <button
        type="button"
        className="hl-button"
        onClick={() => {
          setOpen(false);
        }}
      >
        {t.share.dismiss}
      </button>
    </div>
  );
}
