/**
 * One loaded run, prepared for playback and shown on the stage. A long run (near a link's
 * budget) is prepared a slice at a time, with a short notice meanwhile, so the page never
 * freezes while it gets ready to draw.
 */
import { useCallback } from 'react';
import { buildRunModelInSlices, isLongRun } from '../../layout/index.ts';
import type { Trace } from '../../sim/index.ts';
import { useSliced } from '../kit/index.ts';
import { useMessages } from '../run/index.ts';
import { ScenarioStage, type ScenarioStageProps } from './ScenarioStage.tsx';

export interface ScenarioViewProps extends Omit<ScenarioStageProps, 'run'> {
  trace: Trace;
}

export function ScenarioView({ trace, ...stage }: ScenarioViewProps) {
  const t = useMessages();
  const prepare = useCallback(() => buildRunModelInSlices(trace), [trace]);
  const run = useSliced(prepare, isLongRun(trace), trace);
  if (run === null) {
    return (
      <div className="workspace">
        <p className="run-preparing" role="status">
          {t.stage.preparingRun}
        </p>
      </div>
    );
  }
  return <ScenarioStage run={run} {...stage} />;
}
