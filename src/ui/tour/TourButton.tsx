/** The header's help button, which brings the first-run tour back. */
import { useMessages } from '../run/index.ts';
import '../kit/kit.css';
import './tourButton.css';

export function TourButton({ onClick }: { onClick: () => void }) {
  const t = useMessages().guide.tour;
  return (
    <button type="button" className="tool-button tour-button" onClick={onClick} title={t.helpHint}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M6.1 6.2a1.95 1.95 0 1 1 2.6 1.85c-.45.17-.7.5-.7.95v.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
        <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
      </svg>
      <span className="tour-button-text">{t.help}</span>
    </button>
  );
}
