/**
 * The wire: it numbers segments (ids across the run, indexes per lane), records each send, and
 * schedules its arrival, its loss at mid-flight or the network's copies. Sends at t = 100 with a
 * one-way delay of 40 ms.
 */
import {
  TraceLog,
  Wire,
  describe as describeWhy,
  seq,
  why,
  type Flight,
  type Rank,
  type SegmentOutput,
  type SendEvent,
  type WireItem,
} from '../../../src/sim/index.ts';

class FakeAgenda {
  now = 100;
  readonly items: [number, Rank, WireItem<string>][] = [];
  push(t: number, rank: Rank, item: WireItem<string>): void {
    this.items.push([t, rank, item]);
  }
}

const PLAIN: Flight = { delayMs: 40, extraDelayMs: 0, lost: false, copiesAfterMs: [] };

function output(seqNo: number, retransmission = false): SegmentOutput {
  return {
    type: 'out.segment',
    segment: {
      srcPort: 50000,
      dstPort: 80,
      seq: seq(seqNo),
      ack: seq(0),
      ctl: { syn: false, ack: true, fin: false, rst: false, psh: false },
      len: 100,
      window: 512,
      options: {},
    },
    retransmission,
    ackBasis: null,
    why: why('send-data', { seq: seqNo, len: 100, next: seqNo + 100, ack: 0 }),
  };
}

function setUp(flight: (index: number) => Flight) {
  const agenda = new FakeAgenda();
  const log = new TraceLog(agenda, describeWhy);
  const wire = new Wire<string>(agenda, log, (_, index) => flight(index));
  const sends = () => log.events.filter((e): e is SendEvent => e.type === 'send');
  return { agenda, wire, sends };
}

describe('the wire', () => {
  it('schedules an arrival one delay later and numbers sends per lane', () => {
    const { agenda, wire, sends } = setUp(() => PLAIN);
    const sender = {};
    wire.transmit({ from: 'client', to: 'server', output: output(1000), sender, route: 'server' });
    wire.transmit({
      from: 'server',
      to: 'client',
      output: output(5000),
      sender: {},
      route: 'client',
    });
    wire.transmit({ from: 'client', to: 'server', output: output(1100), sender, route: 'server' });
    expect(sends().map((s) => [s.id, s.from, s.index, s.arrivesAt])).toEqual([
      [1, 'client', 1, 140],
      [2, 'server', 1, 140],
      [3, 'client', 2, 140],
    ]);
    expect(agenda.items.map(([t, , item]) => [t, item.kind, item.id])).toEqual([
      [140, 'arrive', 1],
      [140, 'arrive', 2],
      [140, 'arrive', 3],
    ]);
  });

  it('draws a lost segment at the middle of its flight, extra delay included', () => {
    const { agenda, wire, sends } = setUp(() => ({ ...PLAIN, extraDelayMs: 60, lost: true }));
    wire.transmit({ from: 'client', to: 'server', output: output(1000), sender: {}, route: 'x' });
    expect(sends()[0]).toMatchObject({ arrivesAt: 200, lost: true, extraDelayMs: 60 });
    // Half of 40 + 60 ms after t = 100.
    expect(agenda.items).toEqual([[150, 1, { kind: 'drop', id: 1 }]]);
  });

  it('gives a network copy its own id, the original’s header, and a later arrival', () => {
    const { agenda, wire, sends } = setUp(() => ({ ...PLAIN, copiesAfterMs: [20] }));
    wire.transmit({ from: 'client', to: 'server', output: output(1000), sender: {}, route: 'x' });
    const [original, copy] = sends();
    expect(copy).toMatchObject({ id: 2, duplicateOf: 1, seq: 1000, arrivesAt: 160, index: 1 });
    expect(copy?.why.code).toBe('network-duplicate');
    expect(original?.duplicateOf).toBeUndefined();
    expect(agenda.items.map(([t, , item]) => [t, item.id])).toEqual([
      [140, 1],
      [160, 2],
    ]);
  });

  it('links a retransmission to its sender’s first send of the same sequence space', () => {
    const { wire, sends } = setUp(() => PLAIN);
    const a = {};
    const b = {};
    wire.transmit({ from: 'client', to: 'server', output: output(1000), sender: a, route: 'x' });
    wire.transmit({
      from: 'client',
      to: 'server',
      output: output(1000, true),
      sender: a,
      route: 'x',
    });
    wire.transmit({
      from: 'client',
      to: 'server',
      output: output(1000, true),
      sender: b,
      route: 'x',
    });
    wire.transmit({
      from: 'client',
      to: 'server',
      output: output(1000, true),
      sender: null,
      route: 'x',
    });
    expect(sends().map((s) => s.retransmissionOf)).toEqual([undefined, 1, undefined, undefined]);
  });
});
