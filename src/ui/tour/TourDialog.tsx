/**
 * The first-run tour: four short cards on a modal `<dialog>` (the browser traps focus, Escape
 * skips, the page behind is inert and focus goes back where it was), each outlining the part of
 * the page it talks about. It sits at the bottom of the viewport (a sheet on a phone, a card at
 * larger sizes), so it never covers the top of what it points at.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { tourCatalogues } from '../../i18n/tour/catalogues.ts';
import { TOUR_STEPS, type TourStep } from '../../i18n/index.ts';
import { useMessagesWith } from '../run/index.ts';
import './tour.css';

/** The part of the page each card talks about (absent in views that lack it). */
const TARGETS: Record<TourStep, string> = {
  ladder: '#ladder',
  stepping: '.player-bar',
  why: '.narration',
  views: '.view-tabs',
};

const TARGET_ATTR = 'data-tour-target';

/** Outlines a card's target and brings it into view; returns the cleanup. */
function spotlight(step: TourStep): () => void {
  const el = document.querySelector(TARGETS[step]);
  if (el === null) return () => undefined;
  el.setAttribute(TARGET_ATTR, '');
  el.scrollIntoView({ block: 'start', behavior: 'auto' });
  return () => {
    el.removeAttribute(TARGET_ATTR);
  };
}

export interface TourDialogProps {
  /** Called when the tour is finished, skipped or dismissed with Escape. */
  onClose: () => void;
}

/** Shown while mounted; loaded lazily (App), as the first paint never needs it. */
export default function TourDialog({ onClose }: TourDialogProps) {
  const t = useMessagesWith(tourCatalogues).tour;
  const ref = useRef<HTMLDialogElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [index, setIndex] = useState(0);
  const unmounting = useRef(false);
  const step = TOUR_STEPS[index] ?? 'ladder';
  const last = index === TOUR_STEPS.length - 1;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    unmounting.current = false;
    if (!dialog.open) dialog.showModal();
    nextRef.current?.focus();
    return () => {
      unmounting.current = true;
      dialog.close();
    };
  }, []);

  useEffect(() => spotlight(step), [step]);

  const go = (next: number): void => {
    setIndex(next);
    // The Back button disappears on the first card: keep focus inside the dialog.
    if (next === 0) nextRef.current?.focus();
  };

  const card = t.steps[step];
  return (
    <dialog
      ref={ref}
      className="tour"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={(e) => {
        // Only a close the user made (Escape, or the browser) reports; not the unmount's own.
        if (unmounting.current || e.currentTarget.open) return;
        onClose();
      }}
      onKeyDown={(e) => {
        // The player's window-wide keys must not step the run behind the tour.
        e.stopPropagation();
      }}
    >
      <p className="tour-count">
        <span className="tour-name">{t.title}</span>
        <span>{t.stepOf(index + 1, TOUR_STEPS.length)}</span>
      </p>
      <div className="tour-card" aria-live="polite">
        <h2 id={titleId} className="tour-heading">
          {card.heading}
        </h2>
        <p id={bodyId} className="tour-body">
          {card.body}
        </p>
      </div>
      <ol className="tour-dots" aria-hidden="true">
        {TOUR_STEPS.map((s, i) => (
          <li key={s} className={i === index ? 'is-current' : undefined} />
        ))}
      </ol>
      <div className="tour-actions">
        {!last && (
          <button type="button" className="tour-skip" onClick={onClose}>
            {t.skip}
          </button>
        )}
        <span className="tour-nav">
          {index > 0 && (
            <button
              type="button"
              onClick={() => {
                go(index - 1);
              }}
            >
              {t.back}
            </button>
          )}
          <button
            ref={nextRef}
            type="button"
            className="tour-next"
            onClick={() => {
              if (last) onClose();
              else go(index + 1);
            }}
          >
            {last ? t.done : t.next}
          </button>
        </span>
      </div>
    </dialog>
  );
}
