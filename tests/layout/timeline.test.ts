import {
  buildTimeline,
  flightPosition,
  lossTime,
  toDisplay,
  toTrace,
  typicalFlightMs,
} from '../../src/layout/index.ts';
import type { SendEvent } from '../../src/sim/index.ts';
import { handshakeDataClose, lostSyn, simultaneousClose } from '../helpers/traces.ts';

describe('steps', () => {
  it('makes one step per meaningful event, leaving out timer starts and stops', () => {
    const trace = handshakeDataClose();
    const tl = buildTimeline(trace);
    const meaningful = trace.events.filter((e) => e.type !== 'timer' || e.action === 'expire');
    expect(tl.steps).toHaveLength(meaningful.length);
    expect(tl.steps.map((s) => s.n)).toEqual(meaningful.map((_, i) => i + 1));
    expect(tl.steps.some((s) => s.event.type === 'timer')).toBe(true);
    expect(tl.steps.every((s) => s.event.type !== 'timer' || s.event.t === 240_900)).toBe(true);
  });

  it('keeps display time non-decreasing and trace order for simultaneous events', () => {
    const tl = buildTimeline(handshakeDataClose());
    for (let i = 1; i < tl.steps.length; i++) {
      const a = tl.steps[i - 1];
      const b = tl.steps[i];
      expect(b?.d).toBeGreaterThanOrEqual(a?.d ?? Infinity);
      if (a?.t === b?.t) expect(b?.eventIndex).toBeGreaterThan(a?.eventIndex ?? Infinity);
    }
  });

  it('places a loss mid-flight, using the drop time when it lies inside the flight', () => {
    const trace = lostSyn();
    const send = trace.events[1] as SendEvent;
    expect(lossTime(send, { type: 'drop', t: 50, id: 1 })).toBe(50);
    expect(lossTime(send, { type: 'drop', t: 0, id: 1 })).toBe(50);
    expect(lossTime(send, undefined)).toBe(50);
    const tl = buildTimeline(trace);
    const drop = tl.steps.find((s) => s.event.type === 'drop');
    expect(drop?.t).toBe(50);
    const track = tl.segments.find((s) => s.send.id === 1);
    expect(track?.outcome).toBe('dropped');
    // The loss mark sits half-way along the would-be arrow.
    if (track?.dDrop == null) throw new Error('no loss mark');
    expect((track.dDrop - track.d0) / (track.d1 - track.d0)).toBeCloseTo(0.5, 5);
  });
});

describe('time compression', () => {
  it('uses the median one-way flight as the unit', () => {
    expect(typicalFlightMs(handshakeDataClose())).toBe(100);
  });

  it('compresses TIME-WAIT’s 2 MSL and labels it with the timer', () => {
    const tl = buildTimeline(handshakeDataClose());
    expect(tl.gaps).toHaveLength(1);
    const gap = tl.gaps[0];
    expect(gap?.toT).toBe(240_900);
    expect(gap?.idle).toBe(true);
    expect(gap?.timer).toEqual({ name: 'time-wait', durationMs: 240_000 });
    // 4 minutes are drawn as 1.25 flights.
    expect((gap?.toD ?? 0) - (gap?.fromD ?? 0)).toBeCloseTo(125, 5);
    expect(tl.totalD).toBeLessThan(1600);
  });

  it('compresses the idle RTO after a lost SYN and names the timer', () => {
    const tl = buildTimeline(lostSyn());
    expect(tl.gaps).toHaveLength(1);
    expect(tl.gaps[0]).toMatchObject({
      fromT: 50,
      toT: 1000,
      idle: true,
      timer: { name: 'retransmit', durationMs: 1000 },
    });
  });

  it('does not compress ordinary flights', () => {
    const tl = buildTimeline(simultaneousClose());
    expect(tl.gaps).toHaveLength(0);
    const ack = tl.segments.find((s) => s.send.id === 3);
    expect((ack?.d1 ?? 0) - (ack?.d0 ?? 0)).toBeCloseTo(100, 5);
  });

  it('keeps two segments leaving one lane at one instant apart', () => {
    const tl = buildTimeline(handshakeDataClose());
    const a = tl.segments.find((s) => s.send.id === 3);
    const b = tl.segments.find((s) => s.send.id === 4);
    expect(a?.send.t).toBe(b?.send.t);
    expect((b?.d0 ?? 0) - (a?.d0 ?? 0)).toBeGreaterThanOrEqual(30 - 1e-9);
    expect((b?.d1 ?? 0) - (a?.d1 ?? 0)).toBeGreaterThanOrEqual(30 - 1e-9);
  });

  it('maps trace time to display time and back', () => {
    const tl = buildTimeline(handshakeDataClose());
    for (const t of [0, 50, 100, 450, 700]) {
      expect(toTrace(tl, toDisplay(tl, t))).toBeCloseTo(t, 6);
    }
    // Inside the compressed stretch, a display millisecond covers many trace milliseconds.
    const gap = tl.gaps[0];
    if (gap === undefined) throw new Error('no gap');
    const mid = toTrace(tl, (gap.fromD + gap.toD) / 2);
    expect(mid).toBeGreaterThan(100_000);
    expect(mid).toBeLessThan(200_000);
  });
});

describe('flightPosition', () => {
  it('is the fraction of the flight, clamped', () => {
    expect(flightPosition(100, 200, 100)).toBe(0);
    expect(flightPosition(100, 200, 150)).toBe(0.5);
    expect(flightPosition(100, 200, 250)).toBe(1);
    expect(flightPosition(100, 200, 0)).toBe(0);
    expect(flightPosition(100, 100, 100)).toBe(1);
  });
});
