/** The button on the ladder that opens its legend. */
import { useState } from 'react';
import { useMessages } from '../run/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';
import '../kit/kit.css';
import './legendButton.css';

/** The legend's dialog, fetched when first opened: the first paint never needs it. */
const LadderLegend = lazyView(() => import('./LadderLegend.tsx'));

export function LegendButton({ fontPx }: { fontPx: number }) {
  const t = useMessages().guide.legend;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tool-button legend-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M2 3.5h3M2 8h3M2 12.5h3" stroke="currentColor" strokeWidth="2" />
          <path d="M7 3.5h7M7 8h7M7 12.5h7" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        {t.button}
      </button>
      <LazyBoundary
        fallback={null}
        loadFailure="notice"
        onLoadFailure={() => {
          setOpen(false);
        }}
      >
        {open && (
          <LadderLegend
            fontPx={fontPx}
            onClose={() => {
              setOpen(false);
            }}
          />
        )}
      </LazyBoundary>
    </>
  );
}
