import {
  buildSchedule,
  buildTimeline,
  clampPosition,
  cursorAt,
  displayTimeAt,
  positionOfStep,
  stepBackFrom,
  stepForwardFrom,
} from '../../src/layout/index.ts';
import { handshakeDataClose } from '../helpers/traces.ts';

const tl = buildTimeline(handshakeDataClose());
const sch = buildSchedule(tl);

describe('playback schedule', () => {
  it('has a strictly increasing start for every step, 0..count', () => {
    expect(sch.starts).toHaveLength(tl.steps.length + 1);
    for (let c = 1; c < sch.starts.length; c++) {
      expect(sch.starts[c]).toBeGreaterThan(sch.starts[c - 1] ?? Infinity);
    }
    expect(sch.total).toBe(sch.dwellEnds[sch.count]);
  });

  it('finds the step at a position and holds display time during its dwell', () => {
    for (let c = 0; c <= sch.count; c++) {
      const p = positionOfStep(sch, c);
      expect(cursorAt(sch, p)).toBe(c);
      expect(displayTimeAt(sch, p)).toBe(sch.d[c]);
      expect(displayTimeAt(sch, (sch.dwellEnds[c] ?? 0) - 1e-6)).toBe(sch.d[c]);
    }
  });

  it('runs display time between steps at the pacing rate', () => {
    // Step 1 (connect at t=0) … find a step followed by a flight.
    const c = tl.steps.findIndex((s) => s.event.type === 'send') + 1;
    const dwellEnd = sch.dwellEnds[c] ?? 0;
    const next = sch.d[c + 1] ?? 0;
    const cur = sch.d[c] ?? 0;
    if (next > cur) {
      expect(displayTimeAt(sch, dwellEnd + 100)).toBeCloseTo(cur + 100 * sch.rate, 6);
    }
    // A typical flight takes 1.6 s of wall time at 1x.
    expect(tl.flightMs / sch.rate).toBeCloseTo(1600, 6);
  });

  it('steps forward one step at a time and back exactly', () => {
    let p = 0;
    const visited: number[] = [cursorAt(sch, p)];
    for (let i = 0; i < sch.count; i++) {
      p = stepForwardFrom(sch, p);
      visited.push(cursorAt(sch, p));
    }
    expect(visited).toEqual(Array.from({ length: sch.count + 1 }, (_, i) => i));
    expect(stepForwardFrom(sch, p)).toBe(p);
    for (let c = sch.count; c > 0; c--) {
      p = stepBackFrom(sch, p);
      expect(p).toBe(positionOfStep(sch, c - 1));
    }
    expect(stepBackFrom(sch, 0)).toBe(0);
  });

  it('steps back from between two steps to the step just passed', () => {
    const c = 3;
    const between =
      (sch.dwellEnds[c] ?? 0) + ((sch.starts[c + 1] ?? 0) - (sch.dwellEnds[c] ?? 0)) / 2;
    expect(cursorAt(sch, between)).toBe(c);
    expect(stepBackFrom(sch, between)).toBe(positionOfStep(sch, c));
  });

  it('clamps positions and steps to the run', () => {
    expect(clampPosition(sch, -5)).toBe(0);
    expect(clampPosition(sch, sch.total + 5)).toBe(sch.total);
    expect(positionOfStep(sch, 9999)).toBe(sch.starts[sch.count]);
    expect(positionOfStep(sch, -2)).toBe(0);
  });
});
