/**
 * The inspector's frame: a hint until a segment is chosen, then its header (lazy-loaded). Where
 * the screen is wide it floats beside the chosen segment (`floating`), inside the viewport, Tab
 * goes from the segment into it, and Escape closes it, giving focus back to the segment; on a
 * phone it is a panel of the sheet.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCursor, useMessages, useSelection } from '../run/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';
import { placePopover } from './popoverPlace.ts';

const SegmentInspector = lazyView(() => import('./SegmentInspector.tsx'));

export interface InspectorPanelProps {
  /** Float beside the chosen segment rather than sit in the page. */
  floating?: boolean;
  /** The ladder's drawing of a segment, to float beside and give focus back to. */
  segmentOf?: (id: number) => SVGGElement | null;
  id?: string;
  /** More classes for its box (the sheet's, on a phone). */
  className?: string;
}

const noSegment = (): null => null;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, [tabindex="0"]';

/**
 * The floating inspector lives after the ladder in the page, not beside the segment it shows, so
 * Tab is steered as for a popover next to its trigger: from the segment into the inspector, and
 * Shift+Tab from the inspector's first control back to the segment.
 */
function tabAcross(e: KeyboardEvent, box: HTMLElement | null, segment: SVGGElement | null): void {
  if (box === null || segment === null) return;
  const first = box.querySelector<HTMLElement>(FOCUSABLE);
  if (first === null) return;
  if (!e.shiftKey && document.activeElement === segment) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    segment.focus();
  }
}

export function InspectorPanel({
  floating = false,
  segmentOf = noSegment,
  id,
  className,
}: InspectorPanelProps) {
  const t = useMessages();
  const cursor = useCursor();
  const { selectedId, select } = useSelection();
  const ref = useRef<HTMLElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const open = floating && selectedId !== null;

  const reposition = useCallback(() => {
    const box = ref.current;
    if (!open || box === null) return;
    const segment = segmentOf(selectedId);
    const anchor = segment?.querySelector('.seg-label') ?? segment;
    if (anchor === null) return;
    const a = anchor.getBoundingClientRect();
    const next = placePopover(
      { left: a.left, top: a.top, width: a.width, height: a.height },
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    setPlace((p) => (p !== null && p.left === next.left && p.top === next.top ? p : next));
  }, [open, segmentOf, selectedId]);

  useLayoutEffect(() => {
    reposition();
  }, [reposition, cursor]);

  useEffect(() => {
    if (!open) return undefined;
    const box = ref.current;
    const observer =
      typeof ResizeObserver === 'undefined' || box === null ? null : new ResizeObserver(reposition);
    if (box !== null) observer?.observe(box);
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      if (e.key === 'Tab') {
        tabAcross(e, box, segmentOf(selectedId));
        return;
      }
      if (e.key !== 'Escape') return;
      e.preventDefault();
      const segment = segmentOf(selectedId);
      // Focus goes back to the segment (which selects it), then the inspector closes.
      if (box?.contains(document.activeElement) === true) segment?.focus();
      select(null);
    };
    window.addEventListener('scroll', reposition, true);
    window.addEventListener('resize', reposition);
    window.addEventListener('keydown', onKey);
    return () => {
      observer?.disconnect();
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
      window.removeEventListener('keydown', onKey);
    };
  }, [open, reposition, segmentOf, select, selectedId]);

  if (floating && selectedId === null) return null;
  return (
    <section
      ref={ref}
      id={id}
      className={['panel inspector', floating ? 'is-floating' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby="inspector-heading"
      style={
        floating
          ? {
              left: place?.left ?? 0,
              top: place?.top ?? 0,
              visibility: place === null ? 'hidden' : undefined,
            }
          : undefined
      }
    >
      <h2 id="inspector-heading" className="panel-title">
        {t.inspector}
      </h2>
      {selectedId === null ? (
        <p className="hint">{t.inspectorHint}</p>
      ) : (
        <LazyBoundary fallback={<p className="hint">{t.loading}</p>}>
          <SegmentInspector id={selectedId} />
        </LazyBoundary>
      )}
    </section>
  );
}
