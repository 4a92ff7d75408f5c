/**
 * Ethernet II / IEEE 802.3 framing and what can sit between it and IP: 802.1Q and 802.1ad (QinQ)
 * VLAN tags, and PPPoE sessions carrying PPP (RFC 2516, RFC 1661).
 */
import type { WorkMeter } from './work-meter.ts';
import { hex, skip, u16, type Skip } from './decode-result.ts';

/** EtherType of IPv4. */
export const ETHERTYPE_IPV4 = 0x0800;
/** EtherType of IPv6. */
export const ETHERTYPE_IPV6 = 0x86dd;

/** 802.1Q customer tag, 802.1ad service tag, and the pre-standard QinQ tag some switches use. */
const VLAN_TYPES = new Set([0x8100, 0x88a8, 0x9100]);
/** RFC 2516 §5: PPPoE session stage (0x8863 is discovery, which carries no IP). */
const ETHERTYPE_PPPOE_SESSION = 0x8864;
/** PPP protocol numbers for IPv4 (RFC 1332) and IPv6 (RFC 5072). */
const PPP_IPV4 = 0x0021;
const PPP_IPV6 = 0x0057;

const ETHERTYPE_NAMES = new Map<number, string>([
  [0x0806, 'ARP'],
  [0x8035, 'RARP'],
  [0x8863, 'PPPoE discovery'],
  [0x8847, 'MPLS'],
  [0x8848, 'MPLS'],
  [0x888e, 'EAPOL'],
  [0x88cc, 'LLDP'],
  [0x88f7, 'PTP'],
  [0x9000, 'Ethernet loopback'],
]);

/** Where the IP header starts and which IP version the link layer announced. */
export interface NetworkStart {
  kind: 'network';
  ethertype: typeof ETHERTYPE_IPV4 | typeof ETHERTYPE_IPV6;
  offset: number;
}

/** A readable name for a non-IP EtherType. */
export function ethertypeName(ethertype: number): string {
  return ETHERTYPE_NAMES.get(ethertype) ?? `EtherType ${hex(ethertype)}`;
}

/**
 * Follows an EtherType (after Ethernet, Linux cooked headers, ...) through any VLAN tags and a
 * PPPoE session header down to IPv4 or IPv6.
 */
export function followEthertype(
  bytes: Uint8Array,
  ethertype: number,
  offset: number,
  end: number,
  meter: WorkMeter,
): NetworkStart | Skip {
  let type = ethertype;
  let at = offset;
  while (meter.tick()) {
    if (type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6) {
      return { kind: 'network', ethertype: type, offset: at };
    }
    if (VLAN_TYPES.has(type)) {
      // IEEE 802.1Q §9.6: 2 bytes of tag control (PCP, DEI, VLAN id), then the inner type.
      if (at + 4 > end) return skip('malformed-link-header', 'VLAN tag cut off');
      type = u16(bytes, at + 2);
      at += 4;
      continue;
    }
    if (type === ETHERTYPE_PPPOE_SESSION) return followPppoe(bytes, at, end);
    return skip('not-ip', `${ethertypeName(type)}, not IP`, ethertypeName(type));
  }
  return skip('internal-error', 'work budget exhausted in VLAN tags');
}

/**
 * RFC 2516 §4: version/type (0x11), code (0 in sessions), session id, payload length; then a
 * 2-byte PPP protocol field (RFC 1661 §2, not compressed on PPPoE: RFC 2516 §7).
 */
function followPppoe(bytes: Uint8Array, offset: number, end: number): NetworkStart | Skip {
  if (offset + 8 > end) return skip('malformed-link-header', 'PPPoE header cut off');
  const protocol = u16(bytes, offset + 6);
  if (protocol === PPP_IPV4)
    return { kind: 'network', ethertype: ETHERTYPE_IPV4, offset: offset + 8 };
  if (protocol === PPP_IPV6)
    return { kind: 'network', ethertype: ETHERTYPE_IPV6, offset: offset + 8 };
  const name = `PPP protocol ${hex(protocol)}`;
  return skip('not-ip', `PPPoE session carrying ${name}, not IP`, name);
}

/**
 * An Ethernet frame: destination, source, then a type (>= 0x0600) or an 802.3 length (<= 1500)
 * followed by LLC; only LLC/SNAP with a zero OUI (RFC 1042) can carry an EtherType.
 */
export function decodeEthernet(
  bytes: Uint8Array,
  end: number,
  meter: WorkMeter,
): NetworkStart | Skip {
  if (end < 14) return skip('malformed-link-header', `Ethernet header cut off (${end} bytes)`);
  const typeOrLength = u16(bytes, 12);
  if (typeOrLength >= 0x0600) return followEthertype(bytes, typeOrLength, 14, end, meter);
  const isSnap =
    end >= 22 &&
    bytes[14] === 0xaa &&
    bytes[15] === 0xaa &&
    bytes[16] === 0x03 &&
    bytes[17] === 0 &&
    bytes[18] === 0 &&
    bytes[19] === 0;
  if (isSnap) return followEthertype(bytes, u16(bytes, 20), 22, end, meter);
  return skip('not-ip', 'IEEE 802.3 LLC frame, not IP', 'LLC');
}
