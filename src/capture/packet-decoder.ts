/**
 * One frame, link layer to TCP: the outermost TCP header, as tshark's `tcp.*` fields see it.
 * IP-in-IP tunnels are followed; TCP quoted inside ICMP errors and TCP carried as application
 * payload are not looked at.
 */
import type { WorkMeter } from './work-meter.ts';
import { skip, type Skip } from './decode-result.ts';
import { ETHERTYPE_IPV4 } from './ethernet.ts';
import { decodeIpv4, PROTO_TCP, protocolName, type IpPacket } from './ipv4.ts';
import { decodeIpv6 } from './ipv6.ts';
import { decodeLinkLayer } from './link-layer.ts';
import { decodeTcp, type TcpHeader } from './tcp-header.ts';

/** A frame that carried TCP, with any problems that did not prevent decoding it. */
export interface DecodedFrame {
  kind: 'segment';
  ip: IpPacket;
  tcp: TcpHeader;
  /** Non-fatal problems (first IP fragment, options cut by the snap length, bad option). */
  problems: Skip[];
}

const PROTO_IPIP = 4;
const PROTO_IPV6 = 41;
/** Tunnels inside tunnels are legal; four levels is far beyond real captures. */
const MAX_TUNNEL_DEPTH = 4;

/** Decodes one captured frame of the given link type. */
export function decodeFrame(
  linkType: number,
  bytes: Uint8Array,
  meter: WorkMeter,
): DecodedFrame | Skip {
  const end = bytes.length;
  const start = decodeLinkLayer(linkType, bytes, end, meter);
  if (start.kind === 'skip') return start;
  let ipv4 = start.ethertype === ETHERTYPE_IPV4;
  let offset = start.offset;
  for (let depth = 0; depth < MAX_TUNNEL_DEPTH && meter.tick(); depth += 1) {
    const ip = ipv4 ? decodeIpv4(bytes, offset, end) : decodeIpv6(bytes, offset, end, meter);
    if (ip.kind === 'skip') return ip;
    const over = `over IPv${ip.version}`;
    if (ip.fragment !== null && ip.fragment.offset > 0) {
      return skip(
        'ip-fragment',
        `non-first IPv${ip.version} fragment (offset ${ip.fragment.offset}) of a ` +
          `${protocolName(ip.protocol)} packet: it holds no transport header, and fragments ` +
          'are not reassembled',
        'IP fragment',
      );
    }
    if (ip.protocol === PROTO_IPIP || ip.protocol === PROTO_IPV6) {
      ipv4 = ip.protocol === PROTO_IPIP;
      offset = ip.payloadOffset;
      continue;
    }
    if (ip.protocol !== PROTO_TCP) {
      const name = protocolName(ip.protocol);
      return skip('not-tcp', `${name} ${over}, not TCP`, name);
    }
    const tcp = decodeTcp(bytes, ip.payloadOffset, end, ip.payloadLength, meter);
    if (tcp.kind === 'skip') return tcp;
    const problems: Skip[] = [];
    if (ip.fragment !== null) {
      problems.push(
        skip(
          'ip-fragment',
          `first fragment of a fragmented IPv${ip.version} packet: the TCP header is read, but ` +
            'its length counts this fragment only (fragments are not reassembled)',
        ),
      );
    }
    if (tcp.optionsTruncated) {
      problems.push(
        skip(
          'truncated-tcp-options',
          'the snap length cut the TCP options; showing those that fit',
        ),
      );
    } else if (tcp.optionsMalformed !== null) {
      problems.push(skip('malformed-tcp', `malformed TCP options: ${tcp.optionsMalformed}`));
    }
    return { kind: 'segment', ip, tcp, problems };
  }
  if (meter.exhausted) return skip('internal-error', 'work budget exhausted');
  return skip('not-tcp', `more than ${MAX_TUNNEL_DEPTH} nested IP tunnels`, 'IP tunnel');
}
