import { readCapture, type CaptureResult } from '../../src/capture/index.ts';
import { pcapFile, type PcapPacket } from './helpers/files.ts';
import { concat, ethernet, ipv4, tcp } from './helpers/packets.ts';

const segment = (seq: number): Uint8Array => ethernet(ipv4(tcp({ seq, flags: ['SYN'] })));

function ok(result: CaptureResult) {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`);
  return result.capture;
}

function error(result: CaptureResult) {
  if (result.ok) throw new Error('expected a fatal error');
  return result.error;
}

describe('pcap byte orders and time units', () => {
  test.each([
    { bigEndian: false, nano: false, fraction: 123_456, ns: 123_456_000 },
    { bigEndian: true, nano: false, fraction: 123_456, ns: 123_456_000 },
    { bigEndian: false, nano: true, fraction: 123_456_789, ns: 123_456_789 },
    { bigEndian: true, nano: true, fraction: 123_456_789, ns: 123_456_789 },
  ])('big-endian $bigEndian, nanosecond $nano', ({ bigEndian, nano, fraction, ns }) => {
    const capture = ok(
      readCapture(
        pcapFile({
          linkType: 1,
          bigEndian,
          nano,
          packets: [{ data: segment(7), ts: [1_600_000_000, fraction] }],
        }),
      ),
    );
    expect(capture.format).toBe('pcap');
    expect(capture.segments[0]?.time).toEqual({ seconds: 1_600_000_000, nanoseconds: ns });
    expect(capture.segments[0]?.seq).toBe(7);
    expect(capture.interfaces).toEqual([
      { section: 0, id: 0, linkType: 1, snapLength: 65535, name: null },
    ]);
  });

  test('the link type ignores the FCS bits of the header field', () => {
    const capture = ok(
      readCapture(pcapFile({ linkType: 0x1000_0000 | 1, packets: [{ data: segment(1) }] })),
    );
    expect(capture.interfaces[0]?.linkType).toBe(1);
  });
});

describe('fatal errors: nothing readable', () => {
  test('an empty file', () => {
    expect(error(readCapture(new Uint8Array(0)))).toMatchObject({
      code: 'empty-file',
      message: 'byte 0: the file is empty',
    });
  });

  test('a wrong magic number names the bytes found', () => {
    const e = error(readCapture(new TextEncoder().encode('hello, world')));
    expect(e.code).toBe('unknown-format');
    expect(e.message).toBe(
      'byte 0: not a pcap or pcapng file: it starts with bytes 68 65 6c 6c, not a known magic number',
    );
  });

  test('a gzip-compressed capture says to decompress it', () => {
    const e = error(readCapture(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])));
    expect(e).toMatchObject({ code: 'compressed-file' });
    expect(e.message).toContain('decompress it first');
  });

  test('a truncated file header', () => {
    const file = pcapFile({ linkType: 1, packets: [] }).subarray(0, 20);
    expect(error(readCapture(file))).toMatchObject({
      code: 'truncated-file-header',
      message: 'byte 0: the file is 20 bytes long, shorter than the 24-byte pcap header',
    });
    expect(error(readCapture(new Uint8Array([0xd4, 0xc3])))).toMatchObject({
      code: 'truncated-file-header',
    });
  });

  test('an unknown major version', () => {
    expect(
      error(readCapture(pcapFile({ linkType: 1, versionMajor: 3, packets: [] }))),
    ).toMatchObject({ code: 'unsupported-version' });
  });

  test('a capture without packets', () => {
    expect(error(readCapture(pcapFile({ linkType: 1, packets: [] })))).toMatchObject({
      code: 'no-packets',
      message: 'byte 24: the capture holds no packets',
    });
  });

  test('a capture without TCP lists what it holds instead', () => {
    const udp = ethernet(ipv4(new Uint8Array(8), { protocol: 17 }));
    const arp = ethernet(new Uint8Array(28), { type: 0x0806 });
    const result = readCapture(
      pcapFile({ linkType: 1, packets: [{ data: udp }, { data: udp }, { data: arp }] }),
    );
    expect(error(result)).toEqual({
      code: 'no-tcp',
      offset: 0,
      message:
        'none of the 3 packets in this capture is TCP (UDP 2, ARP 1): there is no TCP conversation to show',
    });
    expect(result.ok ? [] : result.warnings.map((w) => w.code)).toEqual([
      'not-tcp',
      'not-tcp',
      'not-ip',
    ]);
  });

  test('an unsupported link type is reported once, and then there is no TCP', () => {
    const result = readCapture(
      pcapFile({ linkType: 147, packets: [{ data: segment(1) }, { data: segment(2) }] }),
    );
    expect(error(result).message).toContain('(link type 147 2)');
    expect(result.ok ? [] : result.warnings).toEqual([
      {
        code: 'unknown-link-type',
        offset: 20,
        message: 'byte 20: link type 147 is not supported: no packet can be decoded',
        stopped: false,
      },
    ]);
  });
});

describe('per-packet warnings keep the packets that could be read', () => {
  test('a captured length above the snap length', () => {
    const packets: PcapPacket[] = [{ data: segment(1) }, { data: segment(2) }];
    const capture = ok(readCapture(pcapFile({ linkType: 1, snapLength: 40, packets })));
    expect(capture.segments).toHaveLength(2);
    expect(capture.warnings[0]).toEqual({
      code: 'snap-length-exceeded',
      offset: 24,
      packet: 1,
      message: 'packet 1 at byte 24: captured length 54 exceeds the snap length 40',
      stopped: false,
    });
    expect(capture.complete).toBe(true);
  });

  test('a huge captured length stops reading but keeps the packets before it', () => {
    const packets: PcapPacket[] = [
      { data: segment(1) },
      { data: segment(2), capturedLength: 0xffff_fff0 },
    ];
    const capture = ok(readCapture(pcapFile({ linkType: 1, packets })));
    expect(capture.segments.map((s) => s.seq)).toEqual([1]);
    expect(capture.complete).toBe(false);
    expect(capture.warnings).toEqual([
      {
        code: 'framing-lost',
        offset: 94,
        packet: 2,
        message:
          'packet 2 at byte 94: captured length 4294967280 exceeds the maximum of 262,144 bytes: the record framing is lost, reading stops here',
        stopped: true,
      },
    ]);
  });

  test('a truncated last packet', () => {
    const file = pcapFile({ linkType: 1, packets: [{ data: segment(1) }, { data: segment(2) }] });
    const capture = ok(readCapture(file.subarray(0, file.length - 10)));
    expect(capture.segments).toHaveLength(1);
    expect(capture.warnings.map((w) => w.message)).toEqual([
      'packet 2 at byte 94: the file ends 44 bytes into a 54-byte packet (last packet cut off)',
    ]);
  });

  test('trailing bytes too short for a record header', () => {
    const file = concat(
      pcapFile({ linkType: 1, packets: [{ data: segment(1) }] }),
      new Uint8Array(5),
    );
    const capture = ok(readCapture(file));
    expect(capture.warnings.map((w) => w.code)).toEqual(['trailing-bytes']);
  });

  test('a TCP header cut by the snap length is a warning, not a segment', () => {
    const full = segment(1);
    const cut = full.subarray(0, 14 + 20 + 10);
    const capture = ok(
      readCapture(
        pcapFile({
          linkType: 1,
          snapLength: 44,
          packets: [{ data: cut, originalLength: full.length }, { data: segment(2) }],
        }),
      ),
    );
    expect(capture.segments.map((s) => s.frame)).toEqual([2]);
    expect(capture.warnings[0]).toMatchObject({
      code: 'truncated-tcp-header',
      packet: 1,
      message: 'packet 1 at byte 24: TCP header cut off after 10 of 20 bytes (snap length)',
    });
    expect(capture.skipped).toEqual({ 'TCP (cut off)': 1 });
  });

  test('the segment length comes from the IP header, not from Ethernet padding', () => {
    const padded = concat(segment(1), new Uint8Array(6));
    expect(
      ok(readCapture(pcapFile({ linkType: 1, packets: [{ data: padded }] }))).segments[0]?.len,
    ).toBe(0);
  });

  test('frame bytes on the wire come from the original length', () => {
    const capture = ok(
      readCapture(pcapFile({ linkType: 1, packets: [{ data: segment(1), originalLength: 1514 }] })),
    );
    expect(capture.segments[0]?.frameLength).toBe(1514);
    expect(capture.conversations[0]?.bytes).toBe(1514);
  });
});
