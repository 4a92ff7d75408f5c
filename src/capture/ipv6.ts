/**
 * IPv6 (RFC 8200 §3) and its extension-header chain (RFC 8200 §4): hop-by-hop options, routing,
 * destination options, fragment, mobility/HIP/shim6 (same generic layout, RFC 7045), and IPsec
 * AH (RFC 4302). ESP is encrypted: nothing after it can be read.
 */
import type { WorkMeter } from './work-meter.ts';
import { skip, u16, type Skip } from './decode-result.ts';
import { formatIpv6 } from './ip-address.ts';
import { PROTO_AH, type IpPacket } from './ipv4.ts';

/** RFC 8200 §4.3-4.6 (and RFC 6275, 7401, 5533): length in 8-octet units, not counting the first. */
const GENERIC_EXTENSIONS = new Set([0, 43, 60, 135, 139, 140]);
const FRAGMENT = 44;
const ESP = 50;

/**
 * Decodes the IPv6 header at `offset` and walks its extension headers. A payload length of 0
 * (a jumbogram, or TCP segmentation offload in a capture) is read as "up to the captured end".
 */
export function decodeIpv6(
  bytes: Uint8Array,
  offset: number,
  end: number,
  meter: WorkMeter,
): IpPacket | Skip {
  if (offset + 40 > end) return skip('malformed-ip', 'IPv6 header cut off (snap length?)');
  const version = (bytes[offset] ?? 0) >> 4;
  if (version !== 6) return skip('malformed-ip', `IPv6 header with version ${version}`);
  const declared = u16(bytes, offset + 4);
  let remaining = declared === 0 ? end - offset - 40 : declared;
  let next = bytes[offset + 6] ?? 0;
  let at = offset + 40;
  let fragment: IpPacket['fragment'] = null;
  while (meter.tick()) {
    if (GENERIC_EXTENSIONS.has(next) || next === PROTO_AH || next === FRAGMENT) {
      if (at + 8 > end) return skip('malformed-ip', 'IPv6 extension header cut off');
      let length: number;
      if (next === FRAGMENT) {
        // RFC 8200 §4.5: 13-bit offset in 8-octet units, then the M (more fragments) flag.
        const field = u16(bytes, at + 2);
        fragment = { offset: field & 0xfff8, more: (field & 1) !== 0 };
        length = 8;
      } else if (next === PROTO_AH) {
        length = ((bytes[at + 1] ?? 0) + 2) * 4;
      } else {
        length = ((bytes[at + 1] ?? 0) + 1) * 8;
      }
      next = bytes[at] ?? 0;
      at += length;
      remaining -= length;
      if (remaining < 0) return skip('malformed-ip', 'IPv6 extension headers exceed the payload');
      // After a non-first fragment the bytes are the middle of the original payload.
      if (fragment !== null && fragment.offset > 0) break;
      continue;
    }
    if (next === ESP) return skip('not-tcp', 'ESP (encrypted) over IPv6, not TCP', 'ESP');
    break;
  }
  if (meter.exhausted) return skip('internal-error', 'work budget exhausted in IPv6 headers');
  return {
    kind: 'ip',
    version: 6,
    src: formatIpv6(bytes, offset + 8),
    dst: formatIpv6(bytes, offset + 24),
    id: null,
    protocol: next,
    payloadOffset: at,
    payloadLength: remaining,
    fragment,
  };
}
