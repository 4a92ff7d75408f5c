/**
 * A scenario file's run, computed off the main thread: running (with progress), done, over its
 * budget, failed or cancelled. Where there are no workers the run is computed during render, as
 * before, so component tests see it at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BudgetExceeded, RunProgress, TcbTable, Trace } from '../../sim/index.ts';
import { canUseWorker, startSimulation } from './simulationPort.ts';
import type { BudgetName, SimulationMessage } from './simulationProtocol.ts';
import { runSimulation } from './simulationRun.ts';

export type SimulationState =
  | { status: 'running'; progress: RunProgress | null }
  | { status: 'done'; trace: Trace; tcb: TcbTable }
  | { status: 'over-budget'; exceeded: BudgetExceeded }
  | { status: 'failed'; errors: readonly string[] }
  | { status: 'cancelled' };

function stateOf(message: SimulationMessage): SimulationState {
  switch (message.type) {
    case 'progress':
      return { status: 'running', progress: message.progress };
    case 'done':
      return { status: 'done', trace: message.trace, tcb: message.tcb };
    case 'over-budget':
      return { status: 'over-budget', exceeded: message.exceeded };
    case 'failed':
      return { status: 'failed', errors: message.errors };
  }
}

const RUNNING: SimulationState = { status: 'running', progress: null };

/** The run of `file` (null: nothing to run) within the named budget, and a way to cancel it. */
export function useSimulation(
  file: unknown,
  budget: BudgetName,
): { state: SimulationState | null; cancel: () => void } {
  const inline = useMemo(
    () =>
      canUseWorker || file === null
        ? null
        : stateOf(runSimulation({ type: 'simulate', id: 0, file, budget }, () => undefined)),
    [file, budget],
  );
  // The state of the job for `file`; a state of an older job reads as running.
  const [job, setJob] = useState<{ file: unknown; state: SimulationState } | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const nextId = useRef(1);

  useEffect(() => {
    if (!canUseWorker || file === null) return;
    const id = nextId.current++;
    const stop = startSimulation({ type: 'simulate', id, file, budget }, (message) => {
      if (message.id === id) setJob({ file, state: stateOf(message) });
    });
    cancelRef.current = () => {
      stop();
      setJob({ file, state: { status: 'cancelled' } });
    };
    return () => {
      stop();
      cancelRef.current = null;
    };
  }, [file, budget]);

  const cancel = useCallback(() => {
    cancelRef.current?.();
  }, []);
  if (file === null) return { state: null, cancel };
  if (inline !== null) return { state: inline, cancel };
  return { state: job !== null && job.file === file ? job.state : RUNNING, cancel };
}
