/**
 * The current step's headline, repeated in the player bar on phones, where the full narration
 * panel is below the diagram. Hidden from assistive tech: the narration panel is the live region.
 */
import { narrationFor } from '../../layout/index.ts';
import { useMessages, useNumberMode, useRun, useCursor } from '../run/index.ts';
import { narrationText } from '../../i18n/index.ts';

export function NarrationTicker() {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const text = narrationText(narrationFor(run.timeline, cursor, mode, run.bases), t);
  return (
    <p className="narration-ticker" aria-hidden="true">
      {text.headline}
    </p>
  );
}
