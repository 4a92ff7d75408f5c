import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate, flagsText } from '../../src/sim/index.ts';
import {
  boundsOf,
  buildRunModel,
  labelFontFor,
  ladderGeometry,
  rectsOverlap,
  segmentHitsRect,
  shownNumbers,
  yOfDisplay,
  type SegmentLabelText,
} from '../../src/layout/index.ts';
import { handshakeDataClose, lostSyn, simultaneousClose } from '../helpers/traces.ts';

const labelsFor = (run: ReturnType<typeof buildRunModel>): Map<number, SegmentLabelText> =>
  new Map(
    run.timeline.segments.map((s) => {
      const n = shownNumbers(s.send, 'absolute', run.bases);
      return [
        s.send.id,
        {
          flags: `${s.send.retransmission ? '↻ ' : ''}${flagsText(s.send.flags)}`,
          detail: `seq ${n.seq}${n.ack === null ? '' : ` ack ${n.ack}`} len ${n.len}`,
        },
      ];
    }),
  );

describe('ladder geometry', () => {
  it('draws each arrow from its send time on the sender’s lane to its arrival on the other', () => {
    const run = buildRunModel(handshakeDataClose());
    const g = ladderGeometry(run.timeline, labelsFor(run), { width: 1000 });
    for (const track of run.timeline.segments) {
      const a = g.arrows.find((x) => x.id === track.send.id);
      expect(a?.x0).toBe(g.edgeX[track.send.from]);
      expect(a?.x1).toBe(g.edgeX[track.send.to]);
      expect(a?.y0).toBeCloseTo(yOfDisplay(g, track.d0), 6);
      expect(a?.y1).toBeCloseTo(yOfDisplay(g, track.d1), 6);
      expect(a?.head).not.toBeNull();
    }
  });

  it('ends a lost segment in a mark half-way, with no arrowhead', () => {
    const run = buildRunModel(lostSyn());
    const g = ladderGeometry(run.timeline, labelsFor(run), { width: 800 });
    const lost = g.arrows.find((a) => a.id === 1);
    expect(lost?.outcome).toBe('dropped');
    expect(lost?.head).toBeNull();
    if (lost === undefined) throw new Error('missing');
    expect((lost.xEnd - lost.x0) / (lost.x1 - lost.x0)).toBeCloseTo(0.5, 5);
  });

  it('makes crossing FINs cross', () => {
    const run = buildRunModel(simultaneousClose());
    const g = ladderGeometry(run.timeline, labelsFor(run), { width: 800 });
    const [a, b] = [g.arrows.find((x) => x.id === 1), g.arrows.find((x) => x.id === 2)];
    if (a === undefined || b === undefined) throw new Error('missing');
    // Opposite directions over the same stretch of time: the segments intersect.
    expect(a.y0).toBeCloseTo(b.y0, 0);
    expect(
      segmentHitsRect(
        { x: a.x0, y: a.y0 },
        { x: a.x1, y: a.y1 },
        {
          center: { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 },
          u: { x: 1, y: 0 },
          halfU: 2,
          halfN: 2,
        },
      ),
    ).toBe(true);
  });

  it('fits the label font to the width: 11 px on a phone, up to 16 px', () => {
    expect(labelFontFor(360)).toBe(11);
    expect(labelFontFor(1280)).toBeGreaterThan(15);
    expect(labelFontFor(4000)).toBe(16);
  });

  it('puts state bands on both lanes for the whole run', () => {
    const run = buildRunModel(handshakeDataClose());
    const g = ladderGeometry(run.timeline, labelsFor(run), { width: 1000 });
    // The client leaves CLOSED at t = 0, so its first band is SYN-SENT.
    expect(g.bands.filter((b) => b.endpoint === 'client').map((b) => b.state)).toEqual([
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'TIME-WAIT',
      'CLOSED',
    ]);
    expect(g.breaks).toHaveLength(1);
  });

  describe.each(builtInScenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const run = buildRunModel(simulate(scenario));
    const labels = labelsFor(run);
    it.each([360, 800, 1280])(
      'places labels without overlaps inside the lanes at %i px',
      (width) => {
        const g = ladderGeometry(run.timeline, labels, { width });
        // Every label drawn: the segments' own and the bursts' (which may lie over their own
        // members' lines, and only theirs).
        const shown = [
          ...g.arrows
            .filter((a) => a.label.shown !== 'none')
            .map((a) => ({ rect: a.label.rect, own: new Set([a.id]) })),
          ...g.bursts
            .filter((b) => b.label.shown !== 'none')
            .map((b) => ({ rect: b.label.rect, own: new Set(b.ids) })),
        ];
        for (let i = 0; i < shown.length; i++) {
          const a = shown[i];
          if (a === undefined) continue;
          const box = boundsOf(a.rect);
          expect(box.x0).toBeGreaterThanOrEqual(Math.min(g.edgeX.client, g.edgeX.server));
          expect(box.x1).toBeLessThanOrEqual(Math.max(g.edgeX.client, g.edgeX.server));
          for (const b of shown.slice(i + 1)) expect(rectsOverlap(a.rect, b.rect)).toBe(false);
          for (const other of g.arrows) {
            if (a.own.has(other.id)) continue;
            expect(
              segmentHitsRect(
                { x: other.x0, y: other.y0 },
                { x: other.xEnd, y: other.yEnd },
                a.rect,
              ),
            ).toBe(false);
          }
        }
        // Outside a burst every segment keeps at least its flags; on laptops and projectors the
        // numbers too, but for the odd long delayed arrow that others cross.
        if (run.timeline.segments.length <= 16) {
          expect(g.arrows.filter((a) => a.label.shown === 'none')).toEqual([]);
          if (width >= 800)
            expect(g.arrows.filter((a) => a.label.shown !== 'full').length).toBeLessThanOrEqual(1);
        }
      },
    );
  });
});
