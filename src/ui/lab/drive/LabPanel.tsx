/**
 * The lab's controls, inside the player's contexts: the moment being acted at, both endpoints'
 * calls, the network, the clock, the settings and the session. Rebuilt with the player after
 * every change; the control that had focus gets it back.
 */
import { useMemo, useRef } from 'react';
import { useMessagesWith, useRun, useCursor } from '../../run/index.ts';
import { LabNoticeLine } from '../LabNoticeLine.tsx';
import {
  actionsThrough,
  actionTime,
  type LabFault,
  machinesAt,
  cursorThrough,
  momentOfCursor,
  nextIndex,
  seconds,
} from '../../../lab/index.ts';
import type { LabController } from '../useLabSession.ts';
import { ActionLog } from './ActionLog.tsx';
import { AttackerControls } from './AttackerControls.tsx';
import { ClockControls } from './ClockControls.tsx';
import { EndpointControls } from './EndpointControls.tsx';
import { rememberFocus, useRestoreFocus } from './focusKeys.ts';
import { NetworkControls } from './NetworkControls.tsx';
import { SessionControls } from './SessionControls.tsx';
import { SettingsControls } from './SettingsControls.tsx';
import { useActNow } from './useActNow.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface LabPanelProps {
  lab: LabController;
  onOpenFile: (file: File) => Promise<void>;
}

export function LabPanel({ lab, onOpenFile }: LabPanelProps) {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const cursor = useCursor();
  const act = useActNow(lab);
  const { session } = lab.state;
  const ref = useRef<HTMLElement>(null);
  useRestoreFocus(lab.focusAfterChange, ref);

  const moment = momentOfCursor(run.timeline, cursor);
  const instantEnd = moment < 0 ? cursor : cursorThrough(run.timeline, moment);
  const machines = useMemo(() => machinesAt(session, moment), [session, moment]);
  const pending = useMemo(
    () =>
      actionsThrough(session, moment).filter(
        (a): a is LabFault => a.kind === 'fault' && a.index >= nextIndex(run.trace, a.from, moment),
      ),
    [session, moment, run.trace],
  );

  return (
    <section ref={ref} className="panel lab-panel" aria-labelledby="lab-panel-heading">
      <h2 id="lab-panel-heading" className="panel-title">
        {t.lab.controls}
        <span className="panel-meta">
          {moment < 0 ? t.lab.actingAtStart : t.lab.actingAt(seconds(moment))}
        </span>
      </h2>
      <div className="lab-panel-body">
        <LabNoticeLine notice={lab.state.notice} setAside={lab.setAside} />
        {lab.saveFailed && <p className="lab-notice is-error">{t.lab.saveFailed}</p>}
        {instantEnd > cursor && <p className="lab-hint">{t.lab.afterInstant(instantEnd)}</p>}
        <div className="endpoint-cards">
          <EndpointControls
            endpoint="client"
            now={machines.client}
            onCall={(call, bytes) => {
              act.call('client', call, bytes);
            }}
          />
          <EndpointControls
            endpoint="server"
            now={machines.server}
            onCall={(call, bytes) => {
              act.call('server', call, bytes);
            }}
          />
        </div>
        <p className="lab-hint">{t.lab.actingNote}</p>
        <NetworkControls act={act} pending={pending} />
        <AttackerControls
          session={session}
          moment={moment}
          earliest={actionTime(run.trace, moment)}
          act={act}
          open={lab.openCards}
        />
        <ClockControls />
        <SettingsControls
          base={session.base}
          open={lab.openCards}
          onChange={(base) => {
            rememberFocus(lab.focusAfterChange);
            lab.dispatch({ type: 'settings', base });
          }}
        />
        <SessionControls lab={lab} onOpenFile={onOpenFile} />
        <ActionLog actions={session.actions} open={lab.openCards} />
      </div>
    </section>
  );
}
