/**
 * The current step's headline as a caption under the diagram (presentation mode and embeds,
 * where the narration panel is not shown). It is the live region there, so each step is read.
 */
import { narrationFor } from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText } from '../../i18n/index.ts';

export function NarrationCaption({ className }: { className: string }) {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const text = narrationText(narrationFor(run.timeline, cursor, mode, run.bases), t);
  return (
    <p className={className} aria-live="polite" aria-atomic="true">
      {text.headline}
    </p>
  );
}
