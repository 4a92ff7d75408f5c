import { builtInScenarios } from '../../src/scenarios/index.ts';
import { flagsText, simulate } from '../../src/sim/index.ts';
import {
  boundsOf,
  buildRunModel,
  ladderGeometry,
  type SegmentLabelText,
  stepExtent,
  stepSegmentId,
} from '../../src/layout/index.ts';

const labelsFor = (r: ReturnType<typeof buildRunModel>): Map<number, SegmentLabelText> =>
  new Map(
    r.timeline.segments.map((s) => [
      s.send.id,
      {
        flags: flagsText(s.send.flags),
        detail: `seq ${String(s.send.seq)} len ${String(s.send.len)}`,
      },
    ]),
  );

function run(name: string) {
  const file = builtInScenarios.find((s) => s.name === name);
  if (file === undefined) throw new Error(name);
  return buildRunModel(simulate(file));
}

describe('what a step shows', () => {
  it('names the segment a send, delivery or loss is about, and no segment otherwise', () => {
    const r = run('lost-syn');
    for (const step of r.timeline.steps) {
      const id = stepSegmentId(r.timeline, step.n);
      const e = step.event;
      if (e.type === 'send' || e.type === 'deliver' || e.type === 'drop') expect(id).toBe(e.id);
      else expect(id).toBeNull();
    }
    expect(stepSegmentId(r.timeline, 0)).toBeNull();
  });

  it('spans the whole arrow and label of the step’s segment', () => {
    const r = run('basic-handshake');
    const geometry = ladderGeometry(r.timeline, labelsFor(r), { width: 360 });
    for (const step of r.timeline.steps) {
      const id = stepSegmentId(r.timeline, step.n);
      const extent = stepExtent(geometry, r.timeline, step.n, r.schedule.d[step.n] ?? 0);
      const arrow = geometry.arrows.find((a) => a.id === id);
      if (arrow === undefined) {
        expect(extent.y1 - extent.y0).toBe(2 * geometry.fontPx);
        continue;
      }
      const label = boundsOf(arrow.label.rect);
      expect(extent.y0).toBeLessThanOrEqual(Math.min(arrow.y0, label.y0));
      expect(extent.y1).toBeGreaterThanOrEqual(Math.max(arrow.y1, label.y1));
    }
  });
});
