/**
 * The current step's narration as a caption under the diagram (presentation mode and embeds,
 * where the narration panel is not shown). It is the live region there, so each step is read.
 * `full` adds the arithmetic and the why (presentation mode): in a lecture they are the lesson.
 * `reserve` keeps the room of the run's longest headline (embeds), so the caption's height, and
 * so the embedding page's text, does not move while stepping.
 */
import { useCallback } from 'react';
import {
  isLongRun,
  narrationFor,
  type NumberMode,
  type RunModel,
  type Sliced,
} from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText, type Messages } from '../../i18n/index.ts';
import { useSliced } from '../kit/index.ts';

/** How many of the longest headlines reserve the caption's room. */
const RESERVED_HEADLINES = 8;

/** Steps narrated per slice while a long run's longest headlines are found. */
const STEPS_PER_SLICE = 1000;

/** The run's longest few headlines (none unless `reserve`), a slice of steps at a time. */
function* longestHeadlines(
  run: RunModel,
  mode: NumberMode,
  t: Messages,
  reserve: boolean,
): Sliced<string[]> {
  if (!reserve) return [];
  const all = new Set<string>();
  for (let c = 0; c <= run.schedule.count; c++) {
    if (c > 0 && c % STEPS_PER_SLICE === 0) yield;
    all.add(narrationText(narrationFor(run.timeline, c, mode, run.bases), t).headline);
  }
  // The longest few hold the room (a long run has thousands, one paragraph each otherwise).
  return [...all].sort((a, b) => b.length - a.length).slice(0, RESERVED_HEADLINES);
}

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
  const find = useCallback(() => longestHeadlines(run, mode, t, reserve), [run, mode, t, reserve]);
  const headlines = useSliced(find, isLongRun(run.trace), run) ?? [];
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
