/**
 * Dropping a segment in mid-flight: select it in the diagram (click, or focus with the keyboard),
 * then drop it here. Two steps, so moving focus along the segments never drops one by accident.
 */
import type { SendEvent } from '../../../sim/index.ts';
import { useMessagesWith, useRun, useSelection, useCursor } from '../../run/index.ts';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';
import { flagsText } from '../../../sim/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export function InFlightDrop({
  onDrop,
}: {
  onDrop: (send: SendEvent & { index: number }) => void;
}) {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const cursor = useCursor();
  const { selectedId } = useSelection();
  const track = selectedId === null ? undefined : run.segmentsById.get(selectedId);
  if (track === undefined) return <p className="lab-hint">{t.lab.selectToDrop}</p>;
  const n = run.segmentNumber.get(track.send.id) ?? track.send.id;
  const { send } = track;
  const inFlight =
    track.sendStep <= cursor &&
    (track.endStep === null || track.endStep > cursor) &&
    track.outcome !== 'dropped';
  // A fault names a segment by its sender's transmission index; a copy has none of its own.
  const index = send.index;
  if (send.duplicateOf !== undefined || index === undefined) {
    return <p className="lab-hint">{t.lab.selectedIsCopy(n)}</p>;
  }
  if (!inFlight) return <p className="lab-hint">{t.lab.selectedNotInFlight(n)}</p>;
  return (
    <button
      type="button"
      className="lab-button danger"
      {...{ [FOCUS_ATTRIBUTE]: 'drop-in-flight' }}
      onClick={() => {
        onDrop({ ...send, index });
      }}
    >
      {t.lab.dropInFlight(n, flagsText(send.flags))}
    </button>
  );
}
