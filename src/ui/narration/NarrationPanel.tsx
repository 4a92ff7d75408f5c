/**
 * What just happened and why, for the current step. The panel is a live region, so each step
 * is read out as it comes.
 */
import { narrationFor } from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText } from '../../i18n/index.ts';

export function NarrationPanel({ description }: { description: string | null }) {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const text = narrationText(narrationFor(run.timeline, cursor, mode, run.bases), t);
  return (
    <section className="panel narration" aria-labelledby="narration-heading">
      <h2 id="narration-heading" className="panel-title">
        {t.narration}
        <span className="panel-meta">{t.stepOf(cursor, run.schedule.count)}</span>
      </h2>
      <div aria-live="polite" aria-atomic="true" className="narration-body">
        <p className="narration-headline">{text.headline}</p>
        {cursor === 0 && description !== null && (
          <p className="narration-description">{description}</p>
        )}
        {text.arithmetic !== null && (
          <p className="narration-arithmetic">
            <code>{text.arithmetic}</code>
            {text.arithmeticWhy !== null && <span className="arith-why">{text.arithmeticWhy}</span>}
          </p>
        )}
        {text.reason !== null && (
          <p className="narration-reason">
            <span className="why-label">{t.why}: </span>
            {text.reason}
            {text.rfc !== null && <cite className="rfc">{text.rfc}</cite>}
          </p>
        )}
      </div>
      {text.reason !== null &&
        text.reasonIsFallback &&
        (t.reasonLanguageNote !== null || mode === 'relative') && (
          <p className="narration-note">
            {[t.reasonLanguageNote, mode === 'relative' ? t.reasonsAbsolute : null]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
    </section>
  );
}
