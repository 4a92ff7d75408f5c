/**
 * Acting at the player's current moment: a call happens at the time moment.ts gives it, a
 * network fault names the segment it will hit, and the player then lands just after the change.
 */
import { useCallback } from 'react';
import type { CallName, EndpointId, SendEvent } from '../../../sim/index.ts';
import { usePlayerActor, useRun } from '../../run/index.ts';
import {
  type FaultKind,
  type LabAction,
  actionTime,
  momentAtPosition,
  nextIndex,
} from '../../../lab/index.ts';
import type { LabController } from '../useLabSession.ts';
import { rememberFocus } from './focusKeys.ts';

export interface ActNow {
  call: (endpoint: EndpointId, call: CallName, bytes: number) => void;
  fault: (fault: FaultKind, from: EndpointId, ms: number | null) => void;
  /** Drops a segment that is in flight now, named by its sender's transmission index. */
  dropInFlight: (send: SendEvent & { index: number }) => void;
}

export function useActNow(lab: LabController): ActNow {
  const actor = usePlayerActor();
  const run = useRun();
  const { dispatch, focusAfterChange } = lab;
  const act = useCallback(
    (make: (moment: number) => { action: LabAction; landing: number }) => {
      const moment = momentAtPosition(run, actor.getSnapshot().context.position);
      const { action, landing } = make(moment);
      rememberFocus(focusAfterChange);
      dispatch({ type: 'act', action, moment, landing });
    },
    [actor, run, dispatch, focusAfterChange],
  );
  return {
    call: (endpoint, call, bytes) => {
      act((moment) => {
        const t = actionTime(run.trace, moment);
        return {
          action: { kind: 'call', t, endpoint, call, ...(call === 'send' ? { bytes } : {}) },
          landing: t,
        };
      });
    },
    fault: (fault, from, ms) => {
      act((moment) => ({
        action: {
          kind: 'fault',
          t: moment,
          fault,
          from,
          index: nextIndex(run.trace, from, moment),
          ...(ms === null ? {} : { ms }),
        },
        landing: moment,
      }));
    },
    dropInFlight: (send) => {
      act((moment) => ({
        action: {
          kind: 'fault',
          t: moment,
          fault: 'drop',
          from: send.from,
          index: send.index,
        },
        landing: moment,
      }));
    },
  };
}
