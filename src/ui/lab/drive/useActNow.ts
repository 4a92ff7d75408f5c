/**
 * Acting at the player's current moment: a call happens at the time moment.ts gives it, a
 * network fault names the segment it will hit, and the player then lands just after the change.
 */
import { useCallback } from 'react';
import type { CallName, EndpointId, SendEvent } from '../../../sim/index.ts';
import { usePlayerActor, useRun } from '../../run/index.ts';
import {
  type FaultKind,
  type ForgedSegmentFields,
  type LabAction,
  actionTime,
  momentAtPosition,
  nextIndex,
  parseForgedSegment,
} from '../../../lab/index.ts';
import type { LabController } from '../useLabSession.ts';
import { rememberFocus } from './focusKeys.ts';

export interface ActNow {
  call: (endpoint: EndpointId, call: CallName, bytes: number) => void;
  fault: (fault: FaultKind, from: EndpointId, ms: number | null) => void;
  /** Drops a segment that is in flight now, named by its sender's transmission index. */
  dropInFlight: (send: SendEvent & { index: number }) => void;
  /**
   * Injects the attacker's forged segment, at the time an action now happens or at the chosen
   * one; false (nothing done) when the fields do not make one.
   */
  attack: (fields: ForgedSegmentFields) => boolean;
}

export function useActNow(lab: LabController): ActNow {
  const actor = usePlayerActor();
  const run = useRun();
  const { dispatch, focusAfterChange } = lab;
  const act = useCallback(
    (make: (moment: number) => { action: LabAction; landing: number } | null): boolean => {
      const moment = momentAtPosition(run, actor.getSnapshot().context.position);
      const made = make(moment);
      if (made === null) return false;
      rememberFocus(focusAfterChange);
      dispatch({ type: 'act', action: made.action, moment, landing: made.landing });
      return true;
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
    attack: (fields) =>
      act((moment) => {
        const form = parseForgedSegment(fields, actionTime(run.trace, moment));
        if (!form.ok) return null;
        return { action: { kind: 'attack', ...form.attack }, landing: form.attack.t };
      }),
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
