import { exchangePcap, handshake, mustRead, type Step } from './helpers/conversation.ts';

const close: Step[] = [
  { at: 30, from: 'c', flags: ['FIN', 'ACK'], seq: 1001, ack: 5001 },
  { at: 50, from: 's', flags: ['FIN', 'ACK'], seq: 5001, ack: 1002 },
  { at: 50.1, from: 'c', flags: ['ACK'], seq: 1002, ack: 5002 },
];

test('streams are numbered by first appearance of their unordered address/port pair', () => {
  const capture = mustRead(
    exchangePcap([
      { at: 0, from: 's', flags: ['ACK'], seq: 7, ack: 9, clientPort: 2000 },
      { at: 1, from: 'c', flags: ['ACK'], seq: 9, ack: 7, clientPort: 1000 },
      { at: 2, from: 'c', flags: ['ACK'], seq: 9, ack: 7, clientPort: 2000 },
      { at: 3, from: 's', flags: ['ACK'], seq: 7, ack: 9, clientPort: 1000 },
      { at: 4, from: 'c', flags: ['SYN'], seq: 1, clientPort: 3000 },
    ]),
  );
  expect(capture.segments.map((s) => s.stream)).toEqual([0, 1, 0, 1, 2]);
  expect(capture.conversations.map((c) => [c.a.port, c.b.port])).toEqual([
    [443, 2000],
    [1000, 443],
    [3000, 443],
  ]);
});

test('a SYN with a new ISN on a used pair starts a new stream (tshark "port numbers reused")', () => {
  const reuse: Step[] = [
    ...handshake(),
    ...close,
    { at: 2000, from: 'c', flags: ['SYN'], seq: 9000 },
    { at: 2020, from: 's', flags: ['SYN', 'ACK'], seq: 7000, ack: 9001 },
    { at: 2020.1, from: 'c', flags: ['ACK'], seq: 9001, ack: 7001 },
  ];
  const capture = mustRead(exchangePcap(reuse));
  expect(capture.segments.map((s) => s.stream)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  expect(capture.conversations.map((c) => [c.firstFrame, c.lastFrame, c.packets])).toEqual([
    [1, 6, 6],
    [7, 9, 3],
  ]);
});

test('a retransmitted SYN (same ISN) stays in its stream', () => {
  const capture = mustRead(
    exchangePcap([
      { at: 0, from: 'c', flags: ['SYN'], seq: 1000 },
      { at: 1000, from: 'c', flags: ['SYN'], seq: 1000 },
      { at: 1020, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
    ]),
  );
  expect(capture.segments.map((s) => s.stream)).toEqual([0, 0, 0]);
});

test('the conversation list has Wireshark-style endpoints, counts, bytes, start and duration', () => {
  const capture = mustRead(
    exchangePcap([
      { at: 0, from: 's', flags: ['ACK'], seq: 1, ack: 1 },
      ...handshake().map((s) => ({ ...s, at: s.at + 500, clientPort: 7 })),
      { at: 1500, from: 'c', flags: ['PSH', 'ACK'], seq: 1, ack: 1, len: 100 },
      { at: 2500, from: 's', flags: ['RST'], seq: 1, ack: 0 },
    ]),
  );
  const [first, second] = capture.conversations;
  expect(first).toMatchObject({
    stream: 0,
    a: { address: '198.51.100.7', port: 443 },
    b: { address: '192.0.2.1', port: 50000 },
    packets: 3,
    packetsAToB: 2,
    packetsBToA: 1,
    bytesAToB: 108,
    bytesBToA: 154,
    bytes: 262,
    payloadBytes: 100,
    firstFrame: 1,
    lastFrame: 6,
    sawSyn: false,
    sawRst: true,
    hasHandshake: false,
    hasClose: true,
    segmentIndices: [0, 4, 5],
  });
  expect(first?.start).toBe(0);
  expect(first?.duration).toBeCloseTo(2.5, 9);
  expect(second).toMatchObject({
    stream: 1,
    a: { port: 7 },
    sawSyn: true,
    sawSynAck: true,
    hasHandshake: true,
    hasClose: false,
    packets: 3,
  });
  expect(second?.start).toBeCloseTo(0.5, 9);
  expect(second?.duration).toBeCloseTo(0.0201, 9);
});
