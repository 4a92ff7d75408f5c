import { tcpFlagNames } from '../../src/capture/index.ts';
import { formatIpv6 } from '../../src/capture/ip-address.ts';
import { decodeOne, onlyWarning } from './helpers/decode-one.ts';
import {
  be,
  concat,
  extension,
  fragmentHeader,
  ipv4,
  ipv6,
  opt,
  tcp,
  type TcpSpec,
} from './helpers/packets.ts';

const raw = 101;

describe('IPv4', () => {
  test('options (IHL > 5) are skipped to find TCP', () => {
    const packet = ipv4(tcp({ seq: 5, payload: 3 }), {
      options: new Uint8Array([0x94, 4, 0, 0, 1, 1, 1, 0]),
    });
    expect(decodeOne(raw, packet).segment).toMatchObject({ seq: 5, len: 3 });
  });

  test('the TCP length comes from the total length, even when the snap length cut the payload', () => {
    const packet = ipv4(tcp({ seq: 5, payload: 1000 }));
    const one = decodeOne(raw, packet.subarray(0, 60), packet.length);
    expect(one.segment).toMatchObject({ len: 1000, frameLength: packet.length });
    expect(one.warnings).toEqual([]);
  });

  test('a total length of 0 (segmentation offload) means "up to the captured end"', () => {
    expect(decodeOne(raw, ipv4(tcp({ payload: 100 }), { totalLength: 0 })).segment?.len).toBe(100);
  });

  test('a first fragment gives its TCP header with a warning; later fragments cannot be decoded', () => {
    const first = decodeOne(raw, ipv4(tcp({ seq: 9, payload: 16 }), { moreFragments: true }));
    expect(first.segment).toMatchObject({ seq: 9, len: 16, ipFragment: true });
    expect(onlyWarning(first).code).toBe('ip-fragment');
    expect(onlyWarning(decodeOne(raw, ipv4(new Uint8Array(40), { fragmentOffset: 1480 })))).toEqual(
      {
        code: 'ip-fragment',
        detail:
          'non-first IPv4 fragment (offset 1480) of a TCP packet: it holds no transport header, and fragments are not reassembled',
      },
    );
  });

  test('an AH header is skipped; ESP and other protocols are not TCP', () => {
    const ah = concat(new Uint8Array([6, 4, 0, 0]), new Uint8Array(20));
    expect(decodeOne(raw, ipv4(concat(ah, tcp({ seq: 3 })), { protocol: 51 })).segment?.seq).toBe(
      3,
    );
    expect(onlyWarning(decodeOne(raw, ipv4(new Uint8Array(8), { protocol: 17 })))).toEqual({
      code: 'not-tcp',
      detail: 'UDP over IPv4, not TCP',
    });
    expect(onlyWarning(decodeOne(raw, ipv4(new Uint8Array(8), { protocol: 253 }))).detail).toBe(
      'IP protocol 253 over IPv4, not TCP',
    );
  });

  test('IP in IP tunnels are followed to the inner TCP', () => {
    const inner = ipv4(tcp({ seq: 77 }), { src: '172.16.0.1', dst: '172.16.0.2' });
    expect(decodeOne(raw, ipv4(inner, { protocol: 4 })).segment).toMatchObject({
      seq: 77,
      src: '172.16.0.1',
    });
    expect(decodeOne(raw, ipv4(ipv6(tcp({ seq: 78 })), { protocol: 41 })).segment).toMatchObject({
      seq: 78,
      ipVersion: 6,
    });
  });

  test('malformed headers', () => {
    expect(onlyWarning(decodeOne(raw, new Uint8Array([0x45, 0, 0, 20])))).toEqual({
      code: 'malformed-ip',
      detail: 'IPv4 header cut off (snap length?)',
    });
    const badIhl = ipv4(tcp());
    badIhl[0] = 0x43;
    expect(onlyWarning(decodeOne(raw, badIhl)).detail).toBe('IPv4 header length 12 < 20');
    expect(onlyWarning(decodeOne(raw, ipv4(tcp(), { totalLength: 10 }))).detail).toBe(
      'IPv4 total length 10 < header length 20',
    );
  });
});

describe('IPv6', () => {
  test('hop-by-hop, routing, destination options, AH and a first fragment header are walked', () => {
    const ah: { type: number; body: Uint8Array } = { type: 51, body: new Uint8Array(10) };
    const packet = ipv6(tcp({ seq: 31, payload: 5 }), {
      extensions: [extension(0), extension(43, 2), extension(60), ah, fragmentHeader(0, true)],
    });
    const one = decodeOne(raw, packet);
    expect(one.segment).toMatchObject({ seq: 31, len: 5, ipFragment: true });
    expect(onlyWarning(one).code).toBe('ip-fragment');
  });

  test('a non-first fragment is reported, not decoded', () => {
    const packet = ipv6(new Uint8Array(64), { extensions: [fragmentHeader(1232, false)] });
    expect(onlyWarning(decodeOne(raw, packet))).toEqual({
      code: 'ip-fragment',
      detail:
        'non-first IPv6 fragment (offset 1232) of a TCP packet: it holds no transport header, and fragments are not reassembled',
    });
  });

  test('ESP, no-next-header and ICMPv6', () => {
    expect(onlyWarning(decodeOne(raw, ipv6(new Uint8Array(16), { next: 50 }))).detail).toBe(
      'ESP (encrypted) over IPv6, not TCP',
    );
    expect(onlyWarning(decodeOne(raw, ipv6(new Uint8Array(0), { next: 59 }))).detail).toBe(
      'no next header over IPv6, not TCP',
    );
    expect(onlyWarning(decodeOne(raw, ipv6(new Uint8Array(8), { next: 58 }))).detail).toBe(
      'ICMPv6 over IPv6, not TCP',
    );
  });

  test('extension headers longer than the payload, or cut off', () => {
    expect(
      onlyWarning(decodeOne(raw, ipv6(tcp(), { extensions: [extension(0, 8)], payloadLength: 30 })))
        .detail,
    ).toBe('IPv6 extension headers exceed the payload');
    expect(onlyWarning(decodeOne(raw, ipv6(new Uint8Array(4), { next: 0 }))).detail).toBe(
      'IPv6 extension header cut off',
    );
    expect(onlyWarning(decodeOne(raw, ipv6(tcp()).subarray(0, 30))).detail).toBe(
      'IPv6 header cut off (snap length?)',
    );
  });

  test('addresses are written in RFC 5952 form', () => {
    const text = (groups: number[]): string =>
      formatIpv6(concat(...groups.map((g) => be(g, 2))), 0);
    expect(text([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])).toBe('2001:db8::1');
    expect(text([0x2001, 0xdb8, 0, 1, 0, 0, 0, 1])).toBe('2001:db8:0:1::1');
    expect(text([0x2001, 0, 0, 1, 0, 0, 1, 1])).toBe('2001::1:0:0:1:1');
    expect(text([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1])).toBe('2001:db8:0:1:1:1:1:1');
    expect(text([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(text([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1');
    expect(text([0xfe80, 0, 0, 0, 0, 0, 0, 0])).toBe('fe80::');
    expect(text([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201])).toBe('::ffff:192.0.2.1');
  });
});

describe('TCP header and options', () => {
  const segmentOf = (spec: TcpSpec) => decodeOne(raw, ipv4(tcp(spec)));

  test('every flag, in TCP_FLAGS order, and AE kept in the bit set', () => {
    const one = segmentOf({
      flags: ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN', 'AE'],
      ack: 9,
    });
    expect(tcpFlagNames(one.segment?.flags ?? 0)).toEqual([
      'FIN',
      'SYN',
      'RST',
      'PSH',
      'ACK',
      'URG',
      'ECE',
      'CWR',
    ]);
    expect((one.segment?.flags ?? 0) & 0x100).toBe(0x100);
  });

  test('ack is null exactly when the ACK flag is clear', () => {
    expect(segmentOf({ flags: ['SYN'], ack: 1234 }).segment?.ack).toBeNull();
    expect(segmentOf({ flags: ['ACK'], ack: 0 }).segment?.ack).toBe(0);
    expect(segmentOf({ flags: ['ACK'], ack: 0xffff_ffff, seq: 0xffff_fffe }).segment).toMatchObject(
      { ack: 0xffff_ffff, seq: 0xffff_fffe },
    );
  });

  test('MSS, window scale, SACK-permitted, timestamps; others kept as kind + length', () => {
    const one = segmentOf({
      window: 29200,
      options: [
        opt.mss(1460),
        opt.nop(),
        opt.ws(7),
        opt.sackPermitted(),
        opt.ts(0xdeadbeef, 7),
        opt.raw(30, [1, 2, 3, 4]),
        opt.raw(34, []),
      ],
    });
    expect(one.segment?.options).toEqual({
      mss: 1460,
      windowScale: 7,
      sackPermitted: true,
      timestamps: { value: 0xdeadbeef, echoReply: 7 },
    });
    expect(one.segment?.otherOptions).toEqual([
      { kind: 30, length: 6 },
      { kind: 34, length: 2 },
    ]);
    expect(one.segment?.window).toBe(29200);
    expect(one.warnings).toEqual([]);
  });

  test('SACK blocks as [left, right) pairs, up to four', () => {
    const blocks: [number, number][] = [
      [100, 200],
      [300, 400],
      [0xffff_fff0, 0x10],
      [5, 6],
    ];
    expect(
      segmentOf({ options: [opt.nop(), opt.nop(), opt.sack(blocks)] }).segment?.options,
    ).toEqual({ sack: blocks });
  });

  test('an option with a wrong length for its kind is kept as an unknown option', () => {
    expect(segmentOf({ options: [opt.raw(2, [5])] }).segment?.otherOptions).toEqual([
      { kind: 2, length: 3 },
    ]);
  });

  test('options stop at EOL', () => {
    expect(segmentOf({ options: [opt.eol(), opt.mss(1)] }).segment?.options).toEqual({});
  });

  test('a bad option length keeps the segment and warns', () => {
    const one = segmentOf({ options: [opt.mss(1400), new Uint8Array([8, 1])] });
    expect(one.segment?.options).toEqual({ mss: 1400 });
    expect(onlyWarning(one)).toEqual({
      code: 'malformed-tcp',
      detail: 'malformed TCP options: option 8 has length 1',
    });
  });

  test('options cut by the snap length: those that fit are kept', () => {
    const packet = ipv4(tcp({ options: [opt.mss(1400), opt.nop(), opt.nop(), opt.ts(1, 2)] }));
    const one = decodeOne(raw, packet.subarray(0, 20 + 20 + 6), packet.length);
    expect(one.segment).toMatchObject({
      options: { mss: 1400 },
      optionsTruncated: true,
      headerLength: 36,
    });
    expect(onlyWarning(one).code).toBe('truncated-tcp-options');
  });

  test('a data offset below 5 words, or beyond the IP payload, is malformed', () => {
    expect(onlyWarning(segmentOf({ dataOffsetWords: 4 }))).toEqual({
      code: 'malformed-tcp',
      detail: 'bogus TCP header length 16 (must be at least 20)',
    });
    expect(onlyWarning(segmentOf({ dataOffsetWords: 15 })).detail).toBe(
      'TCP length 20 from the IP header is shorter than the TCP header (60)',
    );
  });
});
