/**
 * The current step's narration as a caption under the diagram (presentation mode and embeds,
 * where the narration panel is not shown). It is the live region there, so each step is read.
 * `full` adds the arithmetic and the why (presentation mode): in a lecture they are the lesson.
 * `reserve` keeps the room of the run's longest headline (embeds), so the caption's height, and
 * so the embedding page's text, does not move while stepping.
 */
import { useMemo } from 'react';
import { narrationFor } from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText } from '../../i18n/index.ts';

/** How many of the longest headlines reserve the caption's room. */
const RESERVED_HEADLINES = 8;

export interface NarrationCaptionProps {
  className: string;
  full?: boolean;
  reserve?: boolean;
}

export function NarrationCaption({
  className,
  full = false,
  reserve = false,
}: NarrationCaptionProps) {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const text = narrationText(narrationFor(run.timeline, cursor, mode, run.bases), t);
  const headlines = useMemo(() => {
    if (!reserve) return [];
    const all = new Set<string>();
    for (let c = 0; c <= run.schedule.count; c++) {
      all.add(narrationText(narrationFor(run.timeline, c, mode, run.bases), t).headline);
    }
    // The longest few hold the room (a long run has thousands, one paragraph each otherwise).
    return [...all].sort((a, b) => b.length - a.length).slice(0, RESERVED_HEADLINES);
  }, [reserve, run, mode, t]);
  if (reserve) {
    return (
      <div className={`${className} caption-reserve`}>
        <p aria-live="polite" aria-atomic="true">
          {text.headline}
        </p>
        {headlines.map((h) => (
          <p key={h} className="caption-ghost" aria-hidden="true">
            {h}
          </p>
        ))}
      </div>
    );
  }
  if (!full) {
    return (
      <p className={className} aria-live="polite" aria-atomic="true">
        {text.headline}
      </p>
    );
  }
  return (
    <div className={className} aria-live="polite" aria-atomic="true">
      <p className="caption-headline">{text.headline}</p>
      {text.arithmetic !== null && (
        <p className="caption-arithmetic">
          <code>{text.arithmetic}</code>
          {text.arithmeticWhy !== null && <span className="arith-why">{text.arithmeticWhy}</span>}
        </p>
      )}
      {text.reason !== null && (
        <p className="caption-reason">
          <span className="why-label">{t.why}: </span>
          {text.reason}
          {text.rfc !== null && <cite className="rfc">{text.rfc}</cite>}
        </p>
      )}
    </div>
  );
}
