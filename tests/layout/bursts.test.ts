import { getScenario } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';
import {
  boundsOf,
  buildRunModel,
  ladderGeometry,
  MIN_BURST,
  segmentBursts,
  type SegmentLabelText,
} from '../../src/layout/index.ts';
import { handshakeDataClose, lostSyn } from '../helpers/traces.ts';

function runOf(name: string) {
  const scenario = getScenario(name);
  if (scenario === undefined) throw new Error(`no built-in ${name}`);
  return buildRunModel(simulate(scenario));
}

const text = (flags: string): SegmentLabelText => ({ flags, detail: 'seq 1 ack 2 len 3' });

describe('bursts', () => {
  it('finds the 64 KB transfer’s window of data and the ACKs that answer it', () => {
    const run = runOf('transfer-64k');
    const bursts = segmentBursts(run.timeline);
    // 65,536 bytes in 1,460-byte segments: the unscaled window of 65,535 lets 44 full ones go at
    // once (the last 1,296 bytes wait for ACKs), and each is answered by its own ACK.
    expect(bursts.map((b) => [b.from, b.ids.length])).toEqual([
      ['client', 44],
      ['server', 44],
    ]);
    for (const b of bursts) {
      const tracks = b.ids.map((id) => run.segmentsById.get(id));
      expect(new Set(tracks.map((t) => t?.send.t)).size).toBe(1);
      expect(tracks.every((t) => t?.outcome === 'delivered' && t.send.from === b.from)).toBe(true);
    }
  });

  it('leaves lost segments, retransmissions and short runs to be drawn one by one', () => {
    expect(segmentBursts(buildRunModel(lostSyn()).timeline)).toEqual([]);
    expect(segmentBursts(buildRunModel(handshakeDataClose()).timeline)).toEqual([]);
    expect(segmentBursts(runOf('reordered-segments').timeline)).toEqual([]);
    expect(MIN_BURST).toBe(3);
  });

  it.each([360, 1280, 1920])('gives a burst one label and its members none at %i px', (width) => {
    const run = runOf('transfer-64k');
    const labels = new Map(run.timeline.segments.map((s) => [s.send.id, text('ACK')]));
    const burstText = new Map(
      segmentBursts(run.timeline).map((b) => [b.ids[0] ?? 0, text('ACK ×44')]),
    );
    const g = ladderGeometry(run.timeline, labels, { width }, [], burstText);
    expect(g.bursts).toHaveLength(2);
    for (const [i, b] of g.bursts.entries()) {
      expect(b.label.shown).not.toBe('none');
      const members = g.arrows.filter((a) => a.burst === i);
      expect(members.map((a) => a.id)).toEqual(b.ids);
      for (const m of members) {
        expect(m.label.shown).toBe('none');
        // Its own label, for when it is selected, stays between the lanes.
        expect(m.focusLabel?.shown).not.toBe('none');
        const box = boundsOf(m.focusLabel?.rect ?? m.label.rect);
        expect(box.x0).toBeGreaterThanOrEqual(g.edgeX.client);
        expect(box.x1).toBeLessThanOrEqual(g.edgeX.server);
      }
      // The fan runs from the first member's line to the last one's.
      const first = members[0];
      const last = members.at(-1);
      expect(b.fan.split(' ')).toHaveLength(4);
      expect(b.fan.startsWith(`${String(first?.x0)},`)).toBe(true);
      expect(last?.y0).toBeGreaterThan(first?.y0 ?? Infinity);
    }
    expect(g.arrows.filter((a) => a.burst === null).every((a) => a.focusLabel === null)).toBe(true);
  });
});
