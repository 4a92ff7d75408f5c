/**
 * Where each captured frame is in the player: its segment's id and the step of its send. Every
 * captured segment's `why` names its frame, and the layout's timeline numbers the steps, so
 * nothing here re-derives the player's rules.
 */
import { buildTimeline } from '../../layout/index.ts';
import type { Trace } from '../../sim/index.ts';

export interface FramePlace {
  /** The segment's send id (what the inspector selects). */
  id: number;
  /** The player step at which it is sent. */
  step: number;
}

/** Frame number to its place in the player, built once on first use. */
export function frameLookup(trace: Trace): (frame: number) => FramePlace | null {
  let places: Map<number, FramePlace> | null = null;
  return (frame) => {
    if (places === null) {
      places = new Map();
      for (const track of buildTimeline(trace).segments) {
        const { params } = track.send.why;
        if ('frame' in params)
          places.set(params.frame, { id: track.send.id, step: track.sendStep });
      }
    }
    return places.get(frame) ?? null;
  };
}
