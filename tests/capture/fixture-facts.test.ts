/**
 * What the captures' README says about each file, checked on the importer's output: link types,
 * formats, and the textbook disagreements the trace notes must point out.
 */
import { conversationToTrace, readCapture, type Capture } from '../../src/capture/index.ts';
import type { CaptureNoteCode, SendEvent, Trace, WhyParams } from '../../src/sim/trace.ts';
import { fixture } from './helpers/fixtures.ts';

function capture(name: string): Capture {
  const result = readCapture(fixture(name).bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.capture;
}

function trace(name: string, stream = 0): Trace {
  const result = conversationToTrace(capture(name), stream, name);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

function codes(t: Trace): string[] {
  return t.notes.map((n) => n.code);
}

/** The params of the first note with `code`, read as plain values. */
function note(t: Trace, code: CaptureNoteCode): WhyParams | undefined {
  return t.notes.find((n) => n.code === code)?.params;
}

test('formats and link types are recognised', () => {
  expect(capture('tcpdump_pptp.pcap').interfaces.map((i) => i.linkType)).toEqual([1]);
  expect(capture('tcpdump_tcp-handshake-nano.pcap').interfaces.map((i) => i.linkType)).toEqual([
    113,
  ]);
  expect(
    capture('pcapplusplus_four_ipv6_http_streams.pcap').interfaces.map((i) => i.linkType),
  ).toEqual([12]);
  const many = capture('pcapplusplus_many_interfaces-1.pcapng');
  expect(many.format).toBe('pcapng');
  expect(many.interfaces).toHaveLength(11);
  expect(many.interfaces.filter((i) => i.linkType === 1)).toHaveLength(8);
  expect(many.interfaces.filter((i) => i.linkType === 0)).toHaveLength(2);
  expect(many.interfaces.filter((i) => i.linkType === 12)).toHaveLength(1);
  expect(many.interfaces[0]?.name).toBe('en0');
  expect(many.skipped).toEqual({ UDP: 32 });
  expect(capture('tcpdump_pptp.pcap').skipped).toEqual({ GRE: 1 });
});

test('the textbook handshake gives a client in CLOSED and a server in LISTEN with capture ISNs', () => {
  const t = trace('tcpdump_print-flags.pcap');
  expect(t.endpoints.client).toMatchObject({
    port: 55920,
    address: '127.0.0.1',
    initialState: 'CLOSED',
    isn: 928549246,
    isnSource: 'capture',
  });
  expect(t.endpoints.server).toMatchObject({
    port: 80,
    initialState: 'LISTEN',
    isn: 930778609,
    isnSource: 'capture',
  });
});

test('print-flags: client FIN, server FIN+ACK, final ACK is a three-segment close', () => {
  const t = trace('tcpdump_print-flags.pcap');
  expect(note(t, 'three-segment-close')).toEqual({
    finPacket: 8,
    finAckPacket: 9,
    ackPacket: 10,
    closer: 'client',
    reason: 'delayed-ack',
  });
  expect(note(t, 'timestamps-option')).toMatchObject({ firstPacket: 1, segments: 10 });
});

test('pptp: every packet of 10.1.1.10 captured twice is a network copy, not a retransmission', () => {
  const t = trace('tcpdump_pptp.pcap');
  const sends = t.events.filter((e): e is SendEvent => e.type === 'send');
  const copies = sends.filter((s) => s.duplicateOf !== undefined);
  expect(copies).toHaveLength(8);
  expect(copies.every((s) => s.from === 'server' && !s.retransmission)).toBe(true);
  expect(sends.some((s) => s.retransmission)).toBe(false);
  expect(t.notes.filter((n) => n.code === 'duplicate-segment')[0]?.params).toMatchObject({
    packet: 3,
    originalPacket: 2,
  });
  expect(note(t, 'three-segment-close')).toMatchObject({
    finPacket: 19,
    finAckPacket: 21,
    ackPacket: 22,
    closer: 'server',
  });
  expect(codes(t)).not.toContain('timestamps-option');
});

test('handshake-nano: a capture near the client splits the 127.6 ms RTT into ~0 and ~63.8 ms', () => {
  const t = trace('tcpdump_tcp-handshake-nano.pcap');
  const flight = note(t, 'flight-time-estimate');
  expect(flight).toMatchObject({ basis: 'handshake', capturePoint: 'near-client' });
  expect(Number(flight?.serverSideMs)).toBeCloseTo(63.76, 1);
  expect(Number(flight?.clientSideMs)).toBeLessThan(0.1);
  expect(note(t, 'capture-ends-before-close')).toEqual({ clientFin: false, serverFin: false });
});

test('of13: 19 of 21 streams start mid-connection, one connect is refused, one ends FIN then RST', () => {
  const c = capture('tcpdump_of13_ericsson.pcapng');
  expect(c.conversations).toHaveLength(21);
  const traces = c.conversations.map((conv) => {
    const r = conversationToTrace(c, conv.stream, 'of13');
    if (!r.ok) throw new Error(r.error.message);
    return r.trace;
  });
  expect(traces.filter((t) => codes(t).includes('capture-starts-mid-connection'))).toHaveLength(19);
  expect(note(traces[3] as Trace, 'connection-refused')).toEqual({ synPacket: 13, rstPacket: 14 });
  expect(traces[3]?.endpoints.server.initialState).toBe('CLOSED');
  const rst = note(traces[4] as Trace, 'rst-instead-of-fin');
  expect(rst).toMatchObject({ from: 'client', afterOwnFin: true });
  expect(traces[0]?.endpoints.client).toMatchObject({
    port: 6633,
    initialState: 'ESTABLISHED',
    isn: null,
    isnSource: 'unknown',
  });
});

test('one_http_stream_rst (VLAN + PPPoE): the client aborts with RST+ACK after the server FIN', () => {
  const t = trace('pcapplusplus_one_http_stream_rst.pcap');
  expect(note(t, 'rst-instead-of-fin')).toMatchObject({
    packet: 10,
    from: 'client',
    afterPeerFin: true,
    afterOwnFin: false,
  });
  expect(codes(t)).not.toContain('timestamps-option');
});

test('nanosecs_big_endian: the capture ends half-closed', () => {
  expect(note(trace('pcapplusplus_nanosecs_big_endian.pcap'), 'capture-ends-before-close')).toEqual(
    { clientFin: false, serverFin: true },
  );
});

test('live a: the server ACKs the client FIN after its ~40 ms delayed-ACK timer', () => {
  const t = trace('live/a_normal_client_close.pcap');
  const delayed = note(t, 'delayed-ack');
  expect(delayed).toMatchObject({ from: 'server', dataPacket: 8, ackPacket: 9 });
  expect(Number(delayed?.delayMs)).toBeGreaterThan(35);
  expect(Number(delayed?.delayMs)).toBeLessThan(45);
  expect(codes(t)).not.toContain('three-segment-close');
  expect(codes(t)).not.toContain('capture-ends-before-close');
});

test('live a: the pcap and the pcapng conversion give the same trace', () => {
  const a = trace('live/a_normal_client_close.pcap');
  const b = trace('live/a_normal_client_close.pcapng');
  expect(b.events).toEqual(a.events);
  expect(b.notes).toEqual(a.notes);
});

test('live d, e, f, g: abort, refusal, simultaneous close, three-segment close', () => {
  expect(note(trace('live/d_linger_abort.pcap'), 'rst-instead-of-fin')).toMatchObject({
    from: 'client',
    afterOwnFin: false,
    afterPeerFin: false,
  });
  const refused = trace('live/e_refused.pcap');
  expect(note(refused, 'connection-refused')).toEqual({ synPacket: 1, rstPacket: 2 });
  expect(codes(refused)).not.toContain('rst-instead-of-fin');
  expect(note(refused, 'flight-time-estimate')).toMatchObject({
    basis: 'partial-handshake',
    capturePoint: 'near-client',
  });
  expect(note(trace('live/f_simultaneous_close.pcap'), 'simultaneous-close')).toEqual({
    clientFinPacket: 9,
    serverFinPacket: 8,
  });
  expect(note(trace('live/g_bulk_200k.pcap'), 'three-segment-close')).toMatchObject({
    closer: 'client',
  });
});

test('no live capture shows a retransmission', () => {
  for (const name of [
    'a_normal_client_close',
    'b_server_close_first',
    'c_half_close',
    'g_bulk_200k',
  ]) {
    const t = trace(`live/${name}.pcap`);
    expect(t.events.some((e) => e.type === 'send' && e.retransmission)).toBe(false);
  }
});
