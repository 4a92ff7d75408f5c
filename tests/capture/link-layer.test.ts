import { decodeOne, onlyWarning } from './helpers/decode-one.ts';
import { be, concat, ethernet, ipv4, ipv6, loopback, sll, sll2, tcp } from './helpers/packets.ts';

const v4 = ipv4(tcp({ seq: 11, srcPort: 1234, dstPort: 80 }), { src: '10.1.2.3', dst: '10.9.8.7' });
const v6 = ipv6(tcp({ seq: 22 }), { src: '2001:db8::a', dst: 'fe80::1' });

function seqOf(linkType: number, frame: Uint8Array): number | undefined {
  return decodeOne(linkType, frame).segment?.seq;
}

describe('Ethernet (1)', () => {
  test('IPv4 and IPv6', () => {
    const one = decodeOne(1, ethernet(v4));
    expect(one.segment).toMatchObject({
      src: '10.1.2.3',
      dst: '10.9.8.7',
      srcPort: 1234,
      dstPort: 80,
      seq: 11,
      ipVersion: 4,
    });
    expect(decodeOne(1, ethernet(v6, { type: 0x86dd })).segment).toMatchObject({
      src: '2001:db8::a',
      dst: 'fe80::1',
      ipVersion: 6,
      ipId: null,
    });
  });

  test.each([
    { name: '802.1Q', vlans: [0x8100] },
    { name: 'QinQ 802.1ad + 802.1Q', vlans: [0x88a8, 0x8100] },
    { name: 'QinQ 0x9100 + 802.1Q', vlans: [0x9100, 0x8100] },
    { name: 'three tags', vlans: [0x88a8, 0x9100, 0x8100] },
  ])('$name VLAN tags', ({ vlans }) => {
    expect(seqOf(1, ethernet(v4, { vlans }))).toBe(11);
  });

  test('PPPoE session with PPP IPv4 (0x0021) and IPv6 (0x0057), also behind VLAN tags', () => {
    expect(seqOf(1, ethernet(v4, { pppoe: 0x0021 }))).toBe(11);
    expect(seqOf(1, ethernet(v6, { pppoe: 0x0057 }))).toBe(22);
    expect(seqOf(1, ethernet(v4, { vlans: [0x8100, 0x8100], pppoe: 0x0021 }))).toBe(11);
  });

  test('PPPoE carrying LCP is not IP', () => {
    expect(onlyWarning(decodeOne(1, ethernet(new Uint8Array(10), { pppoe: 0xc021 })))).toEqual({
      code: 'not-ip',
      detail: 'PPPoE session carrying PPP protocol 0xc021, not IP',
    });
  });

  test('802.3 with LLC/SNAP carries an EtherType; plain LLC does not', () => {
    const snap = concat(
      new Uint8Array(12),
      be(v4.length + 8, 2),
      new Uint8Array([0xaa, 0xaa, 3, 0, 0, 0]),
      be(0x0800, 2),
      v4,
    );
    expect(seqOf(1, snap)).toBe(11);
    const llc = concat(new Uint8Array(12), be(3, 2), new Uint8Array([0x42, 0x42, 3]));
    expect(onlyWarning(decodeOne(1, llc))).toEqual({
      code: 'not-ip',
      detail: 'IEEE 802.3 LLC frame, not IP',
    });
  });

  test('ARP is named', () => {
    expect(onlyWarning(decodeOne(1, ethernet(new Uint8Array(28), { type: 0x0806 })))).toEqual({
      code: 'not-ip',
      detail: 'ARP, not IP',
    });
  });

  test('cut-off headers', () => {
    expect(onlyWarning(decodeOne(1, new Uint8Array(10)))).toEqual({
      code: 'malformed-link-header',
      detail: 'Ethernet header cut off (10 bytes)',
    });
    expect(onlyWarning(decodeOne(1, concat(new Uint8Array(12), be(0x8100, 2), be(1, 1))))).toEqual({
      code: 'malformed-link-header',
      detail: 'VLAN tag cut off',
    });
    expect(
      onlyWarning(decodeOne(1, concat(new Uint8Array(12), be(0x8864, 2), new Uint8Array(4)))),
    ).toMatchObject({ detail: 'PPPoE header cut off' });
  });
});

describe('Linux cooked captures', () => {
  test('SLL (113) and SLL2 (276), IPv4 and IPv6, and a VLAN EtherType inside SLL', () => {
    expect(seqOf(113, sll(v4))).toBe(11);
    expect(seqOf(113, sll(v6, 0x86dd))).toBe(22);
    expect(seqOf(276, sll2(v4))).toBe(11);
    expect(seqOf(276, sll2(v6, 0x86dd))).toBe(22);
    expect(seqOf(113, sll(concat(be(5, 2), be(0x0800, 2), v4), 0x8100))).toBe(11);
  });

  test('cut-off cooked headers', () => {
    expect(onlyWarning(decodeOne(113, new Uint8Array(15))).detail).toBe(
      'Linux cooked header cut off',
    );
    expect(onlyWarning(decodeOne(276, new Uint8Array(19))).detail).toBe(
      'Linux cooked v2 header cut off',
    );
  });
});

describe('BSD loopback', () => {
  test.each([
    { family: 2, bigEndian: false, seq: 11 },
    { family: 2, bigEndian: true, seq: 11 },
    { family: 24, bigEndian: false, seq: 22 },
    { family: 28, bigEndian: true, seq: 22 },
    { family: 30, bigEndian: false, seq: 22 },
    { family: 30, bigEndian: true, seq: 22 },
  ])(
    'NULL (0), family $family, big-endian $bigEndian (host order guessed)',
    ({ family, bigEndian, seq }) => {
      expect(seqOf(0, loopback(seq === 11 ? v4 : v6, family, bigEndian))).toBe(seq);
    },
  );

  test('LOOP (108) is always big-endian', () => {
    expect(seqOf(108, loopback(v4, 2, true))).toBe(11);
    expect(seqOf(108, loopback(v6, 24, true))).toBe(22);
  });

  test('another family is not IP', () => {
    expect(onlyWarning(decodeOne(0, loopback(new Uint8Array(8), 7, false)))).toEqual({
      code: 'not-ip',
      detail: 'loopback address family 7, not IP',
    });
    expect(onlyWarning(decodeOne(0, new Uint8Array(3))).detail).toBe('loopback header cut off');
  });
});

describe('raw IP', () => {
  test.each([101, 12, 14])('link type %i reads IPv4 and IPv6 by the version nibble', (linkType) => {
    expect(seqOf(linkType, v4)).toBe(11);
    expect(seqOf(linkType, v6)).toBe(22);
  });

  test('228 is IPv4 only, 229 IPv6 only', () => {
    expect(seqOf(228, v4)).toBe(11);
    expect(seqOf(229, v6)).toBe(22);
    expect(onlyWarning(decodeOne(228, v6))).toEqual({
      code: 'malformed-ip',
      detail: 'raw IP frame with IP version 6',
    });
    expect(onlyWarning(decodeOne(229, v4))).toEqual({
      code: 'malformed-ip',
      detail: 'raw IP frame with IP version 4',
    });
  });

  test('an empty raw frame', () => {
    expect(onlyWarning(decodeOne(101, new Uint8Array(0)))).toEqual({
      code: 'malformed-ip',
      detail: 'empty raw IP frame',
    });
  });
});
