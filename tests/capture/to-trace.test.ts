import { conversationToTrace } from '../../src/capture/index.ts';
import type { DeliverEvent } from '../../src/sim/trace.ts';
import {
  exchangePcap,
  exchangeTrace,
  handshake,
  mustRead,
  notesOf,
  sends,
  type Step,
} from './helpers/conversation.ts';

const data = (at: number, seq: number, len: number, extra: Partial<Step> = {}): Step => ({
  at,
  from: 'c',
  flags: ['PSH', 'ACK'],
  seq,
  ack: 5001,
  len,
  ...extra,
});

describe('send and deliver events', () => {
  test('one send and one deliver per segment, fields as on the wire, sorted with send before its deliver', () => {
    const trace = exchangeTrace([...handshake(20), data(30, 1001, 100, { window: 1234 })]);
    const s = sends(trace);
    expect(
      s.map((e) => [e.id, e.from, e.to, e.flags.join('+'), e.seq, e.ack, e.len, e.index]),
    ).toEqual([
      [0, 'client', 'server', 'SYN', 1000, null, 0, 1],
      [1, 'server', 'client', 'SYN+ACK', 5000, 1001, 0, 1],
      [2, 'client', 'server', 'ACK', 1001, 5001, 0, 2],
      [3, 'client', 'server', 'PSH+ACK', 1001, 5001, 100, 3],
    ]);
    expect(s[3]).toMatchObject({
      srcPort: 50000,
      dstPort: 443,
      window: 1234,
      options: {},
      retransmission: false,
    });
    expect(s[3]?.why).toEqual({
      code: 'captured-segment',
      rfc: 'RFC 9293 §3.1',
      params: { frame: 4, seenMs: 30 },
    });
    expect(s[3]?.reason).toBe('frame 4: client sent PSH+ACK with 100 bytes (captured)');
    const order = trace.events.map((e) => ('id' in e ? `${e.type}:${e.id}` : e.type));
    expect(order.indexOf('send:0')).toBeLessThan(order.indexOf('deliver:0'));
    const times = trace.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const e of trace.events.filter((x): x is DeliverEvent => x.type === 'deliver')) {
      expect(e.t).toBe(s[e.id]?.arrivesAt);
    }
  });

  test('a capture near the client: sends at capture time, arrivals one server-side delay later', () => {
    const s = sends(exchangeTrace(handshake(20)));
    // SYN -> SYN-ACK = 20 ms = 2 x server side; SYN-ACK -> ACK = 0.1 ms = 2 x client side.
    expect(s.map((e) => [e.t, e.arrivesAt])).toEqual([
      [0, 10.05],
      [10.05, 20.1],
      [20.1, 30.15],
    ]);
  });

  test('a capture near the server: the SYN-ACK leaves right after the SYN arrives', () => {
    const trace = exchangeTrace([
      { at: 0, from: 'c', flags: ['SYN'], seq: 1000 },
      { at: 0.1, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
      { at: 20.1, from: 'c', flags: ['ACK'], seq: 1001, ack: 5001 },
    ]);
    expect(sends(trace).map((e) => [e.t, e.arrivesAt])).toEqual([
      [0, 10.05],
      [10.05, 20.1],
      [20.1, 30.15],
    ]);
    expect(notesOf(trace, 'flight-time-estimate')[0]?.params).toEqual({
      clientSideMs: 10,
      serverSideMs: 0.05,
      basis: 'handshake',
      capturePoint: 'near-server',
    });
  });

  test('without a handshake the delays come from data and ACKs; with neither, flights are instant', () => {
    const mid = exchangeTrace([
      data(0, 1, 10),
      { at: 6, from: 's', flags: ['ACK'], seq: 9, ack: 11 },
      data(50, 11, 10),
      { at: 54, from: 's', flags: ['ACK'], seq: 9, ack: 21 },
    ]);
    expect(notesOf(mid, 'flight-time-estimate')[0]?.params).toEqual({
      clientSideMs: 0,
      serverSideMs: 2,
      basis: 'data-and-acks',
      capturePoint: 'near-client',
    });
    const lone = exchangeTrace([data(0, 1, 10)]);
    expect(notesOf(lone, 'flight-time-estimate')[0]?.params).toMatchObject({
      basis: 'none',
      capturePoint: 'unknown',
    });
    expect(sends(lone).map((e) => [e.t, e.arrivesAt])).toEqual([[0, 0]]);
  });

  test('fractions of a millisecond are kept', () => {
    // The origin is the SYN's send time; the client side of the path is 0.05 ms.
    const s = sends(exchangeTrace([...handshake(0.004), data(0.501, 1001, 1)]));
    expect(s[3]?.t).toBe(0.501);
    expect(s[1]?.t).toBe(0.052);
  });

  test('options reach the trace', () => {
    const s = sends(exchangeTrace([{ at: 0, from: 'c', flags: ['SYN'], seq: 1, ts: [77, 0] }]));
    expect(s[0]?.options).toEqual({ timestamps: { value: 77, echoReply: 0 } });
  });
});

describe('retransmissions and copies', () => {
  test('repeating sent sequence space is a retransmission of the first transmission', () => {
    const trace = exchangeTrace([
      ...handshake(),
      data(30, 1001, 100),
      data(40, 1101, 100),
      data(300, 1001, 100),
      data(301, 1051, 150),
    ]);
    const s = sends(trace);
    expect(s.map((e) => [e.retransmission, e.retransmissionOf])).toEqual([
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [true, 3],
      [true, 3],
    ]);
    expect(s[5]?.why.code).toBe('retransmission');
    expect(s[5]?.reason).toBe(
      'frame 6: client sent PSH+ACK with 100 bytes, repeating sequence space first sent in frame 4: a retransmission',
    );
    expect(s.map((e) => e.index)).toEqual([1, 1, 2, 3, 4, 5, 6]);
    expect(notesOf(trace, 'retransmission').map((n) => n.params)).toEqual([
      {
        packet: 6,
        id: 5,
        from: 'client',
        retransmissionOf: 3,
        originalPacket: 4,
        seq: 1001,
        len: 100,
      },
      {
        packet: 7,
        id: 6,
        from: 'client',
        retransmissionOf: 3,
        originalPacket: 4,
        seq: 1051,
        len: 150,
      },
    ]);
  });

  test('a retransmitted SYN and FIN count; the handshake is timed from the last SYN', () => {
    const trace = exchangeTrace([
      { at: 0, from: 'c', flags: ['SYN'], seq: 1000 },
      { at: 1000, from: 'c', flags: ['SYN'], seq: 1000 },
      { at: 1020, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
      { at: 1020.1, from: 'c', flags: ['ACK'], seq: 1001, ack: 5001 },
      { at: 1100, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 },
      { at: 1400, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 },
    ]);
    expect(sends(trace).map((e) => e.retransmissionOf ?? null)).toEqual([
      null,
      0,
      null,
      null,
      null,
      4,
    ]);
    expect(notesOf(trace, 'flight-time-estimate')[0]?.params).toMatchObject({
      serverSideMs: 10,
      basis: 'handshake',
    });
  });

  test('data sent before the capture began is a retransmission of an unknown original', () => {
    const trace = exchangeTrace([data(0, 2000, 10), data(1, 2010, 10), data(200, 1990, 10)]);
    expect(sends(trace)[2]).toMatchObject({ retransmission: true });
    expect(sends(trace)[2]?.retransmissionOf).toBeUndefined();
    expect(sends(trace)[2]?.reason).toContain('first sent before the capture began');
  });

  test('the same IP ID and header twice is a network copy, not a retransmission', () => {
    const trace = exchangeTrace([
      ...handshake(),
      data(30, 1001, 100, { ipId: 42 }),
      data(30.2, 1001, 100, { ipId: 42 }),
    ]);
    const s = sends(trace);
    expect(s[4]).toMatchObject({ duplicateOf: 3, retransmission: false, index: s[3]?.index });
    expect(s[4]?.why.code).toBe('duplicate-segment');
    expect(notesOf(trace, 'duplicate-segment')[0]?.params).toEqual({
      packet: 5,
      id: 4,
      from: 'client',
      duplicateOf: 3,
      originalPacket: 4,
    });
    expect(notesOf(trace, 'retransmission')).toEqual([]);
  });

  test('identical ACKs with different IP IDs are the sender’s own (duplicate ACKs), not copies', () => {
    const ack = (at: number): Step => ({ at, from: 's', flags: ['ACK'], seq: 5001, ack: 1001 });
    const s = sends(exchangeTrace([...handshake(), ack(30), ack(31), ack(32)]));
    expect(s.map((e) => e.duplicateOf ?? null)).toEqual([null, null, null, null, null, null]);
  });

  test('without an IP ID, equal timestamps make a copy; a zero IP ID is not evidence', () => {
    const s = sends(
      exchangeTrace([
        ...handshake(),
        data(30, 1001, 10, { ipId: 0, ts: [5, 6] }),
        data(31, 1001, 10, { ipId: 0, ts: [5, 6] }),
        data(300, 1001, 10, { ipId: 0, ts: [9, 6] }),
      ]),
    );
    expect(s.map((e) => [e.duplicateOf ?? null, e.retransmission])).toEqual([
      [null, false],
      [null, false],
      [null, false],
      [null, false],
      [3, false],
      [null, true],
    ]);
  });

  test('keep-alives, late arrivals and segments the capture missed', () => {
    const trace = exchangeTrace([
      ...handshake(),
      data(30, 1001, 100),
      data(31, 1201, 100),
      data(32, 1101, 100),
      { at: 5000, from: 'c', flags: ['ACK'], seq: 1300, ack: 5001 },
      data(6000, 1400, 10),
    ]);
    expect(sends(trace).map((e) => e.retransmission)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(sends(trace)[6]?.why.code).toBe('keep-alive');
    expect(
      trace.notes
        .filter((n) => ['sequence-gap', 'out-of-order', 'keep-alive'].includes(n.code))
        .map((n) => [n.code, 'packet' in n.params ? n.params.packet : null]),
    ).toEqual([
      ['sequence-gap', 5],
      ['out-of-order', 6],
      ['keep-alive', 7],
      ['sequence-gap', 8],
    ]);
    expect(notesOf(trace, 'sequence-gap')[1]?.params).toMatchObject({ missingBytes: 99 });
  });

  test('a flood of retransmissions keeps 100 notes and counts the rest', () => {
    const steps = [
      ...handshake(),
      data(30, 1001, 10),
      ...Array.from({ length: 150 }, (_, i) => data(40 + i, 1001, 10)),
    ];
    const trace = exchangeTrace(steps);
    expect(notesOf(trace, 'retransmission')).toHaveLength(100);
    expect(notesOf(trace, 'notes-truncated')[0]?.params).toEqual({
      code: 'retransmission',
      omitted: 50,
    });
    expect(sends(trace).filter((e) => e.retransmission)).toHaveLength(150);
  });
});

describe('how the connection starts', () => {
  test('mid-connection: the first sender is the client, states start ESTABLISHED, ISNs unknown', () => {
    const trace = exchangeTrace([
      { at: 0, from: 's', flags: ['ACK'], seq: 1, ack: 2 },
      data(1, 2, 5),
    ]);
    expect(trace.endpoints.client).toEqual({
      port: 443,
      address: '198.51.100.7',
      initialState: 'ESTABLISHED',
      finalState: 'ESTABLISHED',
      isn: null,
      isnSource: 'unknown',
    });
    expect(notesOf(trace, 'capture-starts-mid-connection')[0]).toEqual({
      code: 'capture-starts-mid-connection',
      rfc: 'RFC 9293 §3.5',
      params: { firstPacket: 1, clientGuess: 'first-sender' },
    });
  });

  test('a SYN-ACK without its SYN: the client is whoever received it', () => {
    const trace = exchangeTrace([
      { at: 0, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
      { at: 0.2, from: 'c', flags: ['ACK'], seq: 1001, ack: 5001 },
    ]);
    expect(trace.endpoints.client).toMatchObject({
      port: 50000,
      initialState: 'SYN-SENT',
      isn: null,
    });
    expect(trace.endpoints.server).toMatchObject({ port: 443, initialState: 'LISTEN', isn: 5000 });
    expect(notesOf(trace, 'missing-handshake')[0]?.params).toEqual({
      missing: 'SYN',
      synAckPacket: 1,
    });
  });

  test('an unanswered SYN, and a handshake without its final ACK', () => {
    expect(notesOf(exchangeTrace(handshake().slice(0, 1)), 'missing-handshake')[0]?.params).toEqual(
      { missing: 'SYN-ACK', synPacket: 1 },
    );
    expect(notesOf(exchangeTrace(handshake().slice(0, 2)), 'missing-handshake')[0]?.params).toEqual(
      { missing: 'ACK', synAckPacket: 2 },
    );
    expect(notesOf(exchangeTrace(handshake()), 'missing-handshake')).toEqual([]);
  });
});

describe('how the connection ends', () => {
  const withClose = (close: Step[]) => exchangeTrace([...handshake(), ...close]);

  test('the textbook four-segment close gets no close note', () => {
    const trace = withClose([
      { at: 30, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 },
      { at: 50, from: 's', flags: ['ACK'], seq: 5001, ack: 1002 },
      { at: 90, from: 's', flags: ['FIN', 'ACK'], seq: 5001, ack: 1002 },
      { at: 90.1, from: 'c', flags: ['ACK'], seq: 1002, ack: 5002 },
    ]);
    expect(trace.notes.map((n) => n.code)).toEqual(['flight-time-estimate']);
  });

  test('FIN, FIN+ACK, ACK is a three-segment close', () => {
    const trace = withClose([
      { at: 30, from: 's', flags: ['FIN', 'ACK'], seq: 5001, ack: 1001 },
      { at: 30.2, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 },
      { at: 50, from: 's', flags: ['ACK'], seq: 5002, ack: 1002 },
    ]);
    expect(notesOf(trace, 'three-segment-close')[0]).toEqual({
      code: 'three-segment-close',
      rfc: 'RFC 9293 §3.6, §3.8.6.3',
      params: {
        finPacket: 4,
        finAckPacket: 5,
        ackPacket: 6,
        closer: 'server',
        reason: 'delayed-ack',
      },
    });
  });

  test('FINs that cross are a simultaneous close', () => {
    const trace = withClose([
      { at: 30, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 },
      { at: 30.01, from: 's', flags: ['FIN', 'ACK'], seq: 5001, ack: 1001 },
      { at: 40, from: 'c', flags: ['ACK'], seq: 1002, ack: 5002 },
      { at: 50, from: 's', flags: ['ACK'], seq: 5002, ack: 1002 },
    ]);
    expect(notesOf(trace, 'simultaneous-close')[0]?.params).toEqual({
      clientFinPacket: 4,
      serverFinPacket: 5,
    });
  });

  test('a reset ends a synchronized connection instead of a FIN', () => {
    const trace = withClose([{ at: 30, from: 'c', flags: ['RST', 'ACK'], seq: 1001, ack: 5001 }]);
    expect(notesOf(trace, 'rst-instead-of-fin')[0]).toEqual({
      code: 'rst-instead-of-fin',
      rfc: 'RFC 9293 §3.10.5',
      params: { packet: 4, id: 3, from: 'client', afterOwnFin: false, afterPeerFin: false },
    });
    expect(notesOf(trace, 'capture-ends-before-close')).toEqual([]);
  });

  test('a capture that ends before any close says so', () => {
    expect(notesOf(exchangeTrace(handshake()), 'capture-ends-before-close')[0]?.params).toEqual({
      clientFin: false,
      serverFin: false,
    });
  });
});

describe('delayed ACKs and timestamps', () => {
  test('a pure ACK after the delayed-ACK timer is noted; a prompt one, or one carrying data, is not', () => {
    const trace = exchangeTrace([
      ...handshake(),
      data(100, 1001, 10),
      { at: 100 + 20 + 40, from: 's', flags: ['ACK'], seq: 5001, ack: 1011 },
      data(200, 1011, 10),
      { at: 200 + 20 + 2, from: 's', flags: ['ACK'], seq: 5001, ack: 1021 },
      data(300, 1021, 10),
      { at: 300 + 20 + 40, from: 's', flags: ['PSH', 'ACK'], seq: 5001, ack: 1031, len: 50 },
    ]);
    expect(notesOf(trace, 'delayed-ack').map((n) => n.params)).toEqual([
      { ackPacket: 5, ackId: 4, dataPacket: 4, dataId: 3, from: 'server', delayMs: 40 },
    ]);
  });

  test('the timestamps option is noted once, with who used it', () => {
    const trace = exchangeTrace([
      { at: 0, from: 'c', flags: ['SYN'], seq: 1000, ts: [1, 0] },
      { at: 20, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
    ]);
    expect(notesOf(trace, 'timestamps-option')).toEqual([
      {
        code: 'timestamps-option',
        rfc: 'RFC 7323 §3',
        params: { firstPacket: 1, segments: 1, client: true, server: false },
      },
    ]);
  });
});

test('an unknown stream is a typed error, not an exception', () => {
  const capture = mustRead(exchangePcap(handshake()));
  for (const stream of [-1, 1, 1.5, Number.NaN]) {
    const result = conversationToTrace(capture, stream, 'x.pcap');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('no-such-stream');
  }
  expect(conversationToTrace(capture, 0, 'x.pcap').ok).toBe(true);
});
