/**
 * The current step's narration as a caption under the diagram (presentation mode and embeds,
 * where the narration panel is not shown). It is the live region there, so each step is read.
 * `full` adds the arithmetic and the why (presentation mode): in a lecture they are the lesson.
 */
import { narrationFor } from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText } from '../../i18n/index.ts';

export function NarrationCaption({
  className,
  full = false,
}: {
  className: string;
  full?: boolean;
}) {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const text = narrationText(narrationFor(run.timeline, cursor, mode, run.bases), t);
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
