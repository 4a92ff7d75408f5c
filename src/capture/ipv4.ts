/**
 * IPv4 (RFC 791 §3.1): header with options (IHL), total length, fragmentation fields, and an
 * IPsec AH header (RFC 4302 §2) between it and the transport header when present.
 */
import { skip, u16, type Skip } from './decode-result.ts';
import { formatIpv4 } from './ip-address.ts';

/** IANA protocol numbers the importer treats specially. */
export const PROTO_TCP = 6;
export const PROTO_AH = 51;

/** An IP header (v4 or v6, extension headers followed) and where its payload lies. */
export interface IpPacket {
  kind: 'ip';
  version: 4 | 6;
  src: string;
  dst: string;
  /** IPv4 Identification field (null for IPv6): tells a network copy from a retransmission. */
  id: number | null;
  /** Upper-layer protocol, after any extension headers. */
  protocol: number;
  /** Frame offset of the upper-layer header. */
  payloadOffset: number;
  /** Upper-layer length as the IP header reports it (snap-length cuts do not shrink it). */
  payloadLength: number;
  /** Set when the packet is an IP fragment: `offset` in bytes, `more` = more fragments follow. */
  fragment: { offset: number; more: boolean } | null;
}

const PROTOCOL_NAMES = new Map<number, string>([
  [1, 'ICMP'],
  [2, 'IGMP'],
  [6, 'TCP'],
  [17, 'UDP'],
  [47, 'GRE'],
  [50, 'ESP'],
  [58, 'ICMPv6'],
  [59, 'no next header'],
  [89, 'OSPF'],
  [103, 'PIM'],
  [112, 'VRRP'],
  [132, 'SCTP'],
]);

/** "UDP", "GRE", or "IP protocol 253". */
export function protocolName(protocol: number): string {
  return PROTOCOL_NAMES.get(protocol) ?? `IP protocol ${protocol}`;
}

/**
 * Decodes the IPv4 header at `offset`; `end` is the end of the captured bytes. A total length of
 * 0 is what TCP segmentation offload leaves in outgoing captures: the captured length is used.
 */
export function decodeIpv4(bytes: Uint8Array, offset: number, end: number): IpPacket | Skip {
  if (offset + 20 > end) return skip('malformed-ip', 'IPv4 header cut off (snap length?)');
  const first = bytes[offset] ?? 0;
  if (first >> 4 !== 4) return skip('malformed-ip', `IPv4 header with version ${first >> 4}`);
  const headerLength = (first & 0x0f) * 4;
  if (headerLength < 20) return skip('malformed-ip', `IPv4 header length ${headerLength} < 20`);
  if (offset + headerLength > end) return skip('malformed-ip', 'IPv4 options cut off');
  let totalLength = u16(bytes, offset + 2);
  if (totalLength === 0) totalLength = end - offset;
  if (totalLength < headerLength) {
    return skip('malformed-ip', `IPv4 total length ${totalLength} < header length ${headerLength}`);
  }
  const fragmentField = u16(bytes, offset + 6);
  const fragmentOffset = (fragmentField & 0x1fff) * 8;
  const more = (fragmentField & 0x2000) !== 0;
  let protocol = bytes[offset + 9] ?? 0;
  let payloadOffset = offset + headerLength;
  let payloadLength = totalLength - headerLength;
  if (protocol === PROTO_AH && fragmentOffset === 0) {
    // RFC 4302 §2.2: the AH payload length counts 32-bit words, minus 2.
    if (payloadOffset + 2 > end) return skip('malformed-ip', 'AH header cut off');
    const ahLength = ((bytes[payloadOffset + 1] ?? 0) + 2) * 4;
    protocol = bytes[payloadOffset] ?? 0;
    payloadOffset += ahLength;
    payloadLength -= ahLength;
    if (payloadLength < 0) return skip('malformed-ip', 'AH header longer than the packet');
  }
  return {
    kind: 'ip',
    version: 4,
    src: formatIpv4(bytes, offset + 12),
    dst: formatIpv4(bytes, offset + 16),
    id: u16(bytes, offset + 4),
    protocol,
    payloadOffset,
    payloadLength,
    fragment: more || fragmentOffset > 0 ? { offset: fragmentOffset, more } : null,
  };
}
