/**
 * Link-layer headers, by LINKTYPE_ value (tcpdump.org/linktypes.html, which pcap and pcapng
 * share): where the IP header starts in a frame.
 */
import type { WorkMeter } from './work-meter.ts';
import { skip, u16, type Skip } from './decode-result.ts';
import {
  decodeEthernet,
  ETHERTYPE_IPV4,
  ETHERTYPE_IPV6,
  followEthertype,
  type NetworkStart,
} from './ethernet.ts';

/** The link types this importer decodes, with the names tcpdump gives them. */
export const LINK_TYPE_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'NULL (BSD loopback)'],
  [1, 'EN10MB (Ethernet)'],
  [12, 'RAW (BSD DLT_RAW)'],
  [14, 'RAW (OpenBSD DLT_RAW)'],
  [101, 'RAW (raw IP)'],
  [108, 'LOOP (OpenBSD loopback)'],
  [113, 'LINUX_SLL (Linux cooked)'],
  [228, 'IPV4 (raw IPv4)'],
  [229, 'IPV6 (raw IPv6)'],
  [276, 'LINUX_SLL2 (Linux cooked v2)'],
]);

/** True when frames of this link type can be decoded. */
export function isSupportedLinkType(linkType: number): boolean {
  return LINK_TYPE_NAMES.has(linkType);
}

/** "EN10MB (Ethernet)" or "link type 147". */
export function linkTypeName(linkType: number): string {
  return LINK_TYPE_NAMES.get(linkType) ?? `link type ${linkType}`;
}

/** Address-family values for IPv6 in NULL/LOOP headers: BSD/NetBSD, FreeBSD, Darwin, Linux. */
const AF_INET = 2;
const AF_INET6 = new Set([24, 28, 30, 10]);

function network(ethertype: number, offset: number): NetworkStart {
  return {
    kind: 'network',
    ethertype: ethertype === ETHERTYPE_IPV6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4,
    offset,
  };
}

/** Raw IP: the version nibble of the first byte says which IP it is. */
function decodeRaw(bytes: Uint8Array, end: number, only?: 4 | 6): NetworkStart | Skip {
  if (end < 1) return skip('malformed-ip', 'empty raw IP frame');
  const version = (bytes[0] ?? 0) >> 4;
  if ((version === 4 || version === 6) && (only === undefined || only === version)) {
    return network(version === 6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4, 0);
  }
  return skip('malformed-ip', `raw IP frame with IP version ${version}`);
}

/**
 * NULL (0): a 4-byte address family in the byte order of the machine that captured, which the
 * file does not record; a family is small, so a value with its upper half set is byte-swapped
 * (as libpcap and Wireshark decide). LOOP (108) is always big-endian.
 */
function decodeLoopback(bytes: Uint8Array, end: number, bigEndian: boolean): NetworkStart | Skip {
  if (end < 4) return skip('malformed-link-header', 'loopback header cut off');
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  const b2 = bytes[2] ?? 0;
  const b3 = bytes[3] ?? 0;
  let family = bigEndian
    ? ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0
    : ((b3 << 24) | (b2 << 16) | (b1 << 8) | b0) >>> 0;
  if (!bigEndian && (family & 0xffff0000) !== 0)
    family = ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
  if (family === AF_INET) return network(ETHERTYPE_IPV4, 4);
  if (AF_INET6.has(family)) return network(ETHERTYPE_IPV6, 4);
  return skip('not-ip', `loopback address family ${family}, not IP`, `address family ${family}`);
}

/**
 * Finds the IP header of one frame. LINUX_SLL: 16-byte header with the protocol (an EtherType)
 * in its last 2 bytes; LINUX_SLL2: 20-byte header with the protocol first.
 */
export function decodeLinkLayer(
  linkType: number,
  bytes: Uint8Array,
  end: number,
  meter: WorkMeter,
): NetworkStart | Skip {
  switch (linkType) {
    case 1:
      return decodeEthernet(bytes, end, meter);
    case 0:
      return decodeLoopback(bytes, end, false);
    case 108:
      return decodeLoopback(bytes, end, true);
    case 12:
    case 14:
    case 101:
      return decodeRaw(bytes, end);
    case 228:
      return decodeRaw(bytes, end, 4);
    case 229:
      return decodeRaw(bytes, end, 6);
    case 113:
      if (end < 16) return skip('malformed-link-header', 'Linux cooked header cut off');
      return followEthertype(bytes, u16(bytes, 14), 16, end, meter);
    case 276:
      if (end < 20) return skip('malformed-link-header', 'Linux cooked v2 header cut off');
      return followEthertype(bytes, u16(bytes, 0), 20, end, meter);
    default:
      return skip(
        'unknown-link-type',
        `${linkTypeName(linkType)} is not supported`,
        'unknown link',
      );
  }
}
