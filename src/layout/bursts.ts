/**
 * Bursts: runs of segments one side sends at the same instant with the same flags (a window's
 * worth of data, or the ACKs that answer it). Drawn one by one they make a solid wedge of
 * arrows with no room for a label each, so the ladder draws a burst as one fan with one label,
 * and a member's own label only when it is selected.
 */
import type { EndpointId } from '../sim/index.ts';
import type { SegmentTrack, Timeline } from './timeline.ts';

/** Fewer segments than this are drawn one by one. */
export const MIN_BURST = 3;

export interface Burst {
  from: EndpointId;
  /** The members' send ids, in the order they were sent. */
  ids: number[];
}

/**
 * Whether a segment can be part of a burst: an ordinary segment that arrives. Lost ones,
 * retransmissions, network copies and delayed ones are the exceptions a reader must see one by
 * one.
 */
function plain(track: SegmentTrack): boolean {
  const s = track.send;
  return (
    track.outcome === 'delivered' &&
    !s.retransmission &&
    s.duplicateOf === undefined &&
    (s.extraDelayMs ?? 0) === 0 &&
    s.spoofedAddress === undefined
  );
}

function sameBurst(a: SegmentTrack, b: SegmentTrack): boolean {
  return (
    a.send.from === b.send.from &&
    a.send.t === b.send.t &&
    a.send.flags.join() === b.send.flags.join() &&
    plain(a) &&
    plain(b)
  );
}

/** The run's bursts, in the order they start; segments next to each other in send order. */
export function segmentBursts(timeline: Timeline): Burst[] {
  const bursts: Burst[] = [];
  let run: SegmentTrack[] = [];
  const close = (): void => {
    const first = run[0];
    if (first !== undefined && run.length >= MIN_BURST) {
      bursts.push({ from: first.send.from, ids: run.map((s) => s.send.id) });
    }
  };
  for (const track of timeline.segments) {
    const last = run.at(-1);
    if (last !== undefined && sameBurst(last, track)) {
      run.push(track);
    } else {
      close();
      run = [track];
    }
  }
  close();
  return bursts;
}
