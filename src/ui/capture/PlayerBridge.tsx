/**
 * Rendered inside ScenarioView (as its child), it hands the view around it a way to move the
 * player to a step and select a segment in the inspector, through the run's own contexts.
 */
import { useEffect } from 'react';
import { usePlayerActor, useSelection } from '../run/index.ts';

/** Shows one segment: the player paused at `step`, the segment open in the inspector. */
export type ShowSegment = (step: number, segmentId: number) => void;

export function PlayerBridge({ onReady }: { onReady: (show: ShowSegment | null) => void }) {
  const actor = usePlayerActor();
  const { select } = useSelection();
  useEffect(() => {
    onReady((step, segmentId) => {
      actor.send({ type: 'player.goToStep', step });
      select(segmentId);
    });
    return () => {
      onReady(null);
    };
  }, [actor, select, onReady]);
  return null;
}
