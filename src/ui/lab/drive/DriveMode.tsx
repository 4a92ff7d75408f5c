/**
 * Driving both endpoints: the session is simulated to the end (the run so far plus what follows
 * if nobody acts again), played by the scenario player, and the player's position is "now".
 * Acting restarts the player on the new run, just after the change.
 */
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { buildTimeline } from '../../../layout/index.ts';
import { simulate } from '../../../sim/index.ts';
import { useMessages } from '../../run/index.ts';
import { ScenarioView } from '../../stage/index.ts';
import { scenarioOf, cursorThrough, momentOfCursor } from '../../../lab/index.ts';
import type { LabController } from '../useLabSession.ts';
import { LabPanel } from './LabPanel.tsx';
import { useOpenFile } from './useOpenFile.ts';

export function DriveMode({ lab }: { lab: LabController }) {
  const t = useMessages();
  const { session, moment, version } = lab.state;
  const trace = useMemo(() => simulate(scenarioOf(session)), [session]);
  const timeline = useMemo(() => buildTimeline(trace), [trace]);
  const openFile = useOpenFile(lab);
  const [dragging, setDragging] = useState(false);
  const { dispatch } = lab;
  const onRest = useCallback(
    (step: number) => {
      dispatch({ type: 'rest', moment: momentOfCursor(timeline, step) });
    },
    [dispatch, timeline],
  );

  const onDragOver = (e: DragEvent<HTMLDivElement>): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setDragging(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined) void openFile(file);
  };

  return (
    <div
      className={dragging ? 'lab-drive is-dragging' : 'lab-drive'}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {dragging && (
        <p className="drop-overlay" aria-hidden="true">
          {t.lab.dropFileHere}
        </p>
      )}
      <ScenarioView
        key={version}
        trace={trace}
        initialStep={cursorThrough(timeline, moment)}
        description={null}
        onRest={onRest}
        childrenTab={t.lab.controls}
      >
        <LabPanel lab={lab} onOpenFile={openFile} />
      </ScenarioView>
    </div>
  );
}
