/**
 * Driving both endpoints: the session is simulated to the end (the run so far plus what follows
 * if nobody acts again) in a worker, within the lab's budget, and played by the scenario player.
 * While it runs the page stays responsive (progress, Cancel); a run past the budget says why and
 * offers Undo, with the session kept.
 */
import { useEffect, useMemo } from 'react';
import { FROM_THE_START, newSession, scenarioOf, toScenarioFile } from '../../../lab/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { randomSeed } from '../randomSeed.ts';
import { SimulationStatus } from '../simulation/SimulationStatus.tsx';
import { useSimulation } from '../../simulation/index.ts';
import type { LabShare } from '../labShare.ts';
import type { LabController } from '../useLabSession.ts';
import { DrivenRun } from './DrivenRun.tsx';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface DriveModeProps {
  lab: LabController;
  /** The step the address opened at, for the first run shown. */
  firstStep: number | null;
  share: LabShare;
}

export function DriveMode({ lab, firstStep, share }: DriveModeProps) {
  const t = useMessagesWith(labCatalogues);
  const { dispatch } = lab;
  const { session, previous } = lab.state;
  const file = useMemo(() => toScenarioFile(scenarioOf(session)), [session]);
  const { state, cancel } = useSimulation(file, 'lab');
  const { reportRun } = lab;
  const status = state?.status;
  useEffect(() => {
    if (status === 'done') reportRun(session, true);
    if (status === 'over-budget' || status === 'failed') reportRun(session, false);
  }, [status, session, reportRun]);
  if (state !== null && state.status === 'done')
    return (
      <DrivenRun
        lab={lab}
        trace={state.trace}
        tcb={state.tcb}
        firstStep={firstStep}
        share={share}
      />
    );
  return (
    <SimulationStatus
      state={state ?? { status: 'running', progress: null }}
      onCancel={cancel}
      onUndo={
        previous === null
          ? null
          : () => {
              dispatch({ type: 'undo' });
            }
      }
      onStartOver={() => {
        dispatch({
          type: 'replace',
          session: newSession(randomSeed(), t.lab.sessionTitle),
          moment: FROM_THE_START,
          notice: null,
        });
      }}
    />
  );
}
