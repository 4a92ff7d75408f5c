import { readCapture, type CaptureResult } from '../../src/capture/index.ts';
import { pcapngFile, type PcapngBlock } from './helpers/files.ts';
import { concat, ethernet, ipv4, ipv6, le, loopback, sll, tcp } from './helpers/packets.ts';

const eth = (seq: number): Uint8Array => ethernet(ipv4(tcp({ seq, flags: ['SYN'] })));

function ok(result: CaptureResult) {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`);
  return result.capture;
}

describe('sections and interfaces', () => {
  test.each([false, true])('a section in big-endian order %s', (bigEndian) => {
    const file = pcapngFile([
      {
        bigEndian,
        blocks: [
          { kind: 'idb', linkType: 1, name: 'eth0' },
          { kind: 'epb', data: eth(42) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.format).toBe('pcapng');
    expect(capture.segments.map((s) => s.seq)).toEqual([42]);
    expect(capture.interfaces).toEqual([
      { section: 0, id: 0, linkType: 1, snapLength: 0, name: 'eth0' },
    ]);
  });

  test('several sections of different byte orders restart interface numbering', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1 },
          { kind: 'epb', data: eth(1) },
        ],
      },
      {
        bigEndian: true,
        blocks: [
          { kind: 'idb', linkType: 113 },
          { kind: 'idb', linkType: 1 },
          { kind: 'epb', iface: 0, data: sll(ipv4(tcp({ seq: 2 }))) },
          { kind: 'epb', iface: 1, data: eth(3) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.segments.map((s) => [s.frame, s.seq, s.interfaceIndex])).toEqual([
      [1, 1, 0],
      [2, 2, 1],
      [3, 3, 2],
    ]);
    expect(capture.interfaces.map((i) => [i.section, i.id, i.linkType])).toEqual([
      [0, 0, 1],
      [1, 0, 113],
      [1, 1, 1],
    ]);
  });

  test('per-interface link types: Ethernet, NULL, raw IP side by side', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1 },
          { kind: 'idb', linkType: 0 },
          { kind: 'idb', linkType: 12 },
          { kind: 'epb', iface: 2, data: ipv6(tcp({ seq: 3 })) },
          { kind: 'epb', iface: 1, data: loopback(ipv4(tcp({ seq: 2 })), 2, false) },
          { kind: 'epb', iface: 0, data: eth(1) },
        ],
      },
    ]);
    expect(ok(readCapture(file)).segments.map((s) => s.seq)).toEqual([3, 2, 1]);
  });
});

describe('timestamps', () => {
  const at = (idb: Partial<Extract<PcapngBlock, { kind: 'idb' }>>, units: bigint) =>
    ok(
      readCapture(
        pcapngFile([
          {
            blocks: [
              { kind: 'idb', linkType: 1, ...idb },
              { kind: 'epb', units, data: eth(1) },
            ],
          },
        ]),
      ),
    ).segments[0]?.time;

  test('microseconds by default', () => {
    expect(at({}, 1_700_000_000_123_456n)).toEqual({
      seconds: 1_700_000_000,
      nanoseconds: 123_456_000,
    });
  });

  test('if_tsresol 9: nanoseconds, beyond 2^53', () => {
    expect(at({ tsresol: 9 }, 1_700_000_000_123_456_789n)).toEqual({
      seconds: 1_700_000_000,
      nanoseconds: 123_456_789,
    });
  });

  test('if_tsresol 0x8a: units of 2^-10 seconds', () => {
    expect(at({ tsresol: 0x80 | 10 }, 3n * 1024n + 512n)).toEqual({
      seconds: 3,
      nanoseconds: 500_000_000,
    });
  });

  test('if_tsoffset adds seconds', () => {
    expect(at({ tsoffset: 100 }, 5_000_000n)).toEqual({ seconds: 105, nanoseconds: 0 });
  });
});

describe('packet blocks', () => {
  test('simple and obsolete packet blocks are packets too; other blocks are skipped', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1, snapLength: 1000 },
          { kind: 'raw', type: 5, body: new Uint8Array(20) },
          { kind: 'opb', data: eth(1), units: 2_000_000n },
          { kind: 'raw', type: 0x0bad, body: new Uint8Array(8) },
          { kind: 'spb', data: eth(2) },
          { kind: 'epb', data: eth(3) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.segments.map((s) => [s.frame, s.seq])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // A simple packet block has no time: it takes the previous packet's, and says so once.
    expect(capture.segments[1]?.time).toEqual({ seconds: 2, nanoseconds: 0 });
    expect(capture.warnings.map((w) => w.code)).toEqual(['no-timestamp']);
  });

  test('a simple packet block is cut to the snap length', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1, snapLength: 40 },
          { kind: 'spb', data: eth(2) },
        ],
      },
    ]);
    const result = readCapture(file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.warnings.map((w) => w.code)).toContain('truncated-tcp-header');
  });

  test('a packet on an undeclared interface is skipped with a warning', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1 },
          { kind: 'epb', iface: 4, data: eth(1) },
          { kind: 'epb', data: eth(2) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.segments.map((s) => s.seq)).toEqual([2]);
    expect(capture.warnings[0]).toMatchObject({
      code: 'unknown-interface',
      block: 3,
      message:
        'packet 1 (block 3) at byte 48: packet on interface 4, but the section describes 1 interfaces; skipped',
    });
  });

  test('an unsupported link type is named once, at its interface', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1 },
          { kind: 'idb', linkType: 147, name: 'usb0' },
          { kind: 'epb', iface: 1, data: eth(9) },
          { kind: 'epb', data: eth(1) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.warnings.map((w) => w.message)).toEqual([
      'block 3 at byte 48: interface 1 (usb0) has link type 147, which is not supported: its packets are skipped',
    ]);
    expect(capture.skipped).toEqual({ 'link type 147': 1 });
  });

  test('a captured length larger than its block is a malformed block', () => {
    const file = pcapngFile([
      {
        blocks: [
          { kind: 'idb', linkType: 1 },
          { kind: 'epb', data: eth(1), capturedLength: 500 },
          { kind: 'epb', data: eth(2) },
        ],
      },
    ]);
    const capture = ok(readCapture(file));
    expect(capture.segments.map((s) => s.seq)).toEqual([2]);
    expect(capture.warnings.map((w) => w.code)).toEqual(['malformed-block']);
  });
});

describe('broken framing', () => {
  const good = pcapngFile([
    {
      blocks: [
        { kind: 'idb', linkType: 1 },
        { kind: 'epb', data: eth(1) },
      ],
    },
  ]);

  test('a block whose trailing length differs stops reading, keeping earlier packets', () => {
    // The section header block is 28 bytes: keep only the bad block after it.
    const badBlock = pcapngFile([
      { blocks: [{ kind: 'raw', type: 6, body: new Uint8Array(24), trailer: 99 }] },
    ]).subarray(28);
    const broken = concat(good, badBlock);
    const capture = ok(readCapture(broken));
    expect(capture.segments).toHaveLength(1);
    expect(capture.complete).toBe(false);
    expect(capture.warnings[0]?.message).toBe(
      `block 4 at byte ${good.length}: block total length 36 at the start but 99 at the end: the block framing is lost; reading stops here`,
    );
  });

  test('a block length that is not a multiple of 4 stops reading', () => {
    const broken = concat(good, le(6, 4), le(30, 4), new Uint8Array(22));
    const capture = ok(readCapture(broken));
    expect(capture.warnings[0]).toMatchObject({ code: 'framing-lost', stopped: true });
  });

  test('a truncated section header is fatal', () => {
    const result = readCapture(good.subarray(0, 20));
    expect(result.ok ? null : result.error).toMatchObject({ code: 'truncated-file-header' });
  });

  test('a bad byte-order magic in the first section header is fatal', () => {
    const bad = good.slice();
    bad[8] = 0;
    const result = readCapture(bad);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad-first-block', block: 1 });
  });

  test('pcapng version 2 is refused', () => {
    const result = readCapture(pcapngFile([{ versionMajor: 2, blocks: [] }]));
    expect(result.ok ? null : result.error).toMatchObject({ code: 'unsupported-version' });
  });

  test('a block cut off at the end of the file', () => {
    const capture = ok(
      readCapture(
        pcapngFile([
          {
            blocks: [
              { kind: 'idb', linkType: 1 },
              { kind: 'epb', data: eth(1) },
              { kind: 'epb', data: eth(2) },
            ],
          },
        ]).subarray(0, good.length + 30),
      ),
    );
    expect(capture.segments).toHaveLength(1);
    expect(capture.warnings.map((w) => w.code)).toEqual(['truncated-packet']);
  });
});
