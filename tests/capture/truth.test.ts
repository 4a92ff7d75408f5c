import {
  conversationToTrace,
  createCaptureReader,
  diffSeconds,
  readCapture,
  tcpFlagNames,
  type Capture,
  type CapturedSegment,
} from '../../src/capture/index.ts';
import type { DeliverEvent, SendEvent } from '../../src/sim/trace.ts';
import { allFixtures, type TruthSegment } from './helpers/fixtures.ts';

const fixtures = allFixtures();

function read(bytes: Uint8Array): Capture {
  const result = readCapture(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.capture;
}

function asTruth(s: CapturedSegment): Omit<TruthSegment, 'time'> {
  return {
    frame: s.frame,
    src: s.src,
    sport: s.srcPort,
    dst: s.dst,
    dport: s.dstPort,
    flags: tcpFlagNames(s.flags),
    seq: s.seq,
    ack: s.ack,
    len: s.len,
    stream: s.stream,
  };
}

function withoutTime(t: TruthSegment): Omit<TruthSegment, 'time'> {
  const { frame, src, sport, dst, dport, flags, seq, ack, len, stream } = t;
  return { frame, src, sport, dst, dport, flags, seq, ack, len, stream };
}

test('every capture file of /work/shared/captures is a fixture', () => {
  expect(fixtures.map((f) => f.name)).toEqual([
    'pcapplusplus_four_ipv6_http_streams.pcap',
    'pcapplusplus_many_interfaces-1.pcapng',
    'pcapplusplus_nanosecs_big_endian.pcap',
    'pcapplusplus_one_http_stream_rst.pcap',
    'tcpdump_of13_ericsson.pcapng',
    'tcpdump_pptp.pcap',
    'tcpdump_print-flags.pcap',
    'tcpdump_tcp-handshake-nano.pcap',
    'live/a_normal_client_close.pcap',
    'live/a_normal_client_close.pcapng',
    'live/b_server_close_first.pcap',
    'live/c_half_close.pcap',
    'live/d_linger_abort.pcap',
    'live/e_refused.pcap',
    'live/f_simultaneous_close.pcap',
    'live/g_bulk_200k.pcap',
  ]);
});

describe.each(fixtures)('$name', ({ bytes, truth }) => {
  const capture = read(bytes);

  test('reads to the end', () => {
    expect(capture.complete).toBe(true);
    expect(capture.stats.bytesRead).toBe(bytes.length);
    expect(capture.warnings.filter((w) => w.code !== 'not-tcp')).toEqual([]);
  });

  test('every TCP segment matches tshark (frame, flags, seq, ack, len, addresses, ports, stream)', () => {
    expect(capture.segments.map(asTruth)).toEqual(truth.map(withoutTime));
  });

  test('times match tshark frame.time_relative to the nanosecond', () => {
    const first = capture.firstTime;
    expect(first).not.toBeNull();
    if (first === null) return;
    capture.segments.forEach((s, i) => {
      expect(Math.abs(diffSeconds(s.time, first) - (truth[i]?.time ?? NaN))).toBeLessThan(1e-8);
    });
  });

  test('conversations are tshark streams, with Wireshark-style totals', () => {
    const streams = [...new Set(truth.map((t) => t.stream))];
    expect(capture.conversations.map((c) => c.stream)).toEqual(streams);
    for (const c of capture.conversations) {
      const own = truth.filter((t) => t.stream === c.stream);
      const first = own[0];
      expect(c.segmentIndices.map((i) => capture.segments[i]?.frame)).toEqual(
        own.map((t) => t.frame),
      );
      expect(c.a).toEqual({ address: first?.src, port: first?.sport });
      expect(c.packets).toBe(own.length);
      expect(c.packetsAToB + c.packetsBToA).toBe(own.length);
      expect(c.payloadBytes).toBe(own.reduce((n, t) => n + t.len, 0));
      expect(c.hasHandshake).toBe(own.some((t) => t.flags.includes('SYN')));
      expect(c.hasClose).toBe(own.some((t) => t.flags.includes('FIN') || t.flags.includes('RST')));
      const times = own.map((t) => t.time);
      expect(c.start).toBeCloseTo(Math.min(...times), 6);
      expect(c.duration).toBeCloseTo(Math.max(...times) - Math.min(...times), 6);
    }
  });

  test('reading in small chunks gives the same result', () => {
    const reader = createCaptureReader();
    let at = 0;
    for (let i = 0; at < bytes.length; i += 1) {
      const size = 1 + ((i * 37) % 97);
      reader.push(bytes.slice(at, at + size));
      at += size;
    }
    const chunked = reader.finish();
    expect(chunked.ok).toBe(true);
    if (!chunked.ok) return;
    expect(chunked.capture.segments).toEqual(capture.segments);
    expect(chunked.capture.conversations).toEqual(capture.conversations);
  });

  test('every stream becomes a trace with one send and one deliver per segment', () => {
    for (const c of capture.conversations) {
      const result = conversationToTrace(capture, c.stream, 'file.pcap');
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const trace = result.trace;
      expect(trace.source).toEqual({ kind: 'capture', file: 'file.pcap', stream: c.stream });
      const own = truth.filter((t) => t.stream === c.stream);
      const sends = trace.events.filter((e): e is SendEvent => e.type === 'send');
      const delivers = trace.events.filter((e): e is DeliverEvent => e.type === 'deliver');
      expect(sends.map((s) => s.id).sort((x, y) => x - y)).toEqual(own.map((_, i) => i));
      expect(delivers.map((d) => d.id).sort((x, y) => x - y)).toEqual(own.map((_, i) => i));
      for (const s of sends) {
        const t = own[s.id];
        expect({
          flags: s.flags,
          seq: s.seq,
          ack: s.ack,
          len: s.len,
          srcPort: s.srcPort,
          dstPort: s.dstPort,
        }).toEqual({
          flags: t?.flags,
          seq: t?.seq,
          ack: t?.ack,
          len: t?.len,
          srcPort: t?.sport,
          dstPort: t?.dport,
        });
        expect(s.ack === null).toBe(!s.flags.includes('ACK'));
        expect(s.arrivesAt).toBeGreaterThanOrEqual(s.t);
        expect(s.t).toBeGreaterThanOrEqual(0);
        expect(delivers.find((d) => d.id === s.id)?.t).toBe(s.arrivesAt);
      }
      const times = trace.events.map((e) => e.t);
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(Math.min(...times)).toBe(0);
    }
  });
});
