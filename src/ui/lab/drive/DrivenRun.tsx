/**
 * The driven session's run in the scenario player, whose position is "now". Acting restarts the
 * player on the new run, just after the change.
 */
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { buildTimeline } from '../../../layout/index.ts';
import type { TcbTable, Trace } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { FULL_PANELS, ScenarioView } from '../../stage/index.ts';
import { cursorThrough, momentOfCursor } from '../../../lab/index.ts';
import { replaceAddress } from '../../kit/index.ts';
import { ShareTools } from '../../share/index.ts';
import { TcbSlot } from '../../tcb/index.ts';
import type { LabShare } from '../labShare.ts';
import { sessionPayload } from '../sessionLink.ts';
import type { LabController } from '../useLabSession.ts';
import { LabPanel } from './LabPanel.tsx';
import { useOpenFile } from './useOpenFile.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface DrivenRunProps {
  lab: LabController;
  trace: Trace;
  /** The run's TCB table, computed with its trace. */
  tcb: TcbTable;
  /** The step the address opened at, for the first run shown. */
  firstStep: number | null;
  share: LabShare;
}

export function DrivenRun({ lab, trace, tcb, firstStep, share }: DrivenRunProps) {
  const t = useMessagesWith(labCatalogues);
  const { session, moment, version } = lab.state;
  const timeline = useMemo(() => buildTimeline(trace), [trace]);
  const loadTcb = useCallback(() => Promise.resolve(tcb), [tcb]);
  const openFile = useOpenFile(lab);
  const [dragging, setDragging] = useState(false);
  const { dispatch } = lab;
  const payload = useMemo(() => sessionPayload(session), [session]);
  const onRest = useCallback(
    (step: number) => {
      dispatch({ type: 'rest', moment: momentOfCursor(timeline, step) });
      replaceAddress({ step, scenario: null, payload });
    },
    [dispatch, timeline, payload],
  );
  const initialStep =
    version === 0 && firstStep !== null
      ? Math.min(firstStep, timeline.steps.length)
      : cursorThrough(timeline, moment);

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
        panels={FULL_PANELS}
        key={version}
        trace={trace}
        initialStep={initialStep}
        description={null}
        onRest={onRest}
        childrenTab={t.lab.controls}
        tcb={<TcbSlot scenario="lab" load={loadTcb} />}
      >
        <ShareTools
          slot={share.toolsSlot}
          title={session.base.title[t.lang]}
          lang={share.lang}
          embed={{ payload }}
        />
        <LabPanel lab={lab} onOpenFile={openFile} />
      </ScenarioView>
    </div>
  );
}
