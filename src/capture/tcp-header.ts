/**
 * The TCP header (RFC 9293 §3.1): ports, sequence and acknowledgment numbers, data offset,
 * control bits, window; options in tcp-options.ts.
 */
import { TCP_FLAGS, type SegmentOptions, type TcpFlag } from '../sim/index.ts';
import type { WorkMeter } from './work-meter.ts';
import { skip, u16, u32, type Skip } from './decode-result.ts';
import { decodeTcpOptions, type TcpOtherOption } from './tcp-options.ts';

/** Control-bit masks, FIN = bit 0 as in TCP_FLAGS; AE (RFC 9768, formerly NS) is bit 8. */
export const FLAG_FIN = 0x001;
export const FLAG_SYN = 0x002;
export const FLAG_RST = 0x004;
export const FLAG_ACK = 0x010;

/** A decoded TCP header. */
export interface TcpHeader {
  kind: 'tcp';
  srcPort: number;
  dstPort: number;
  seq: number;
  /** The acknowledgment field as on the wire, meaningful only when ACK is set. */
  ackField: number;
  /** Control bits FIN..CWR plus AE, as a bit set (FIN = 1). */
  flags: number;
  headerLength: number;
  window: number;
  /** Payload length: the IP-reported TCP length minus the header length (tshark's tcp.len). */
  len: number;
  options: SegmentOptions;
  otherOptions: TcpOtherOption[];
  /** The snap length cut the options area: the options shown are the ones that fit. */
  optionsTruncated: boolean;
  /** Why option decoding stopped early, or null. */
  optionsMalformed: string | null;
}

/** The flag names of a bit set, in TCP_FLAGS (header bit) order. AE has no name there. */
export function tcpFlagNames(flags: number): TcpFlag[] {
  return TCP_FLAGS.filter((_, bit) => (flags & (1 << bit)) !== 0);
}

/**
 * Decodes the TCP header at `offset`. `end` is the end of the captured bytes; `reportedLength`
 * is the TCP length the IP header gives, which a snap-length cut does not shrink.
 */
export function decodeTcp(
  bytes: Uint8Array,
  offset: number,
  end: number,
  reportedLength: number,
  meter: WorkMeter,
): TcpHeader | Skip {
  if (offset + 20 > end) {
    const have = Math.max(0, end - offset);
    return skip(
      'truncated-tcp-header',
      `TCP header cut off after ${have} of 20 bytes (snap length)`,
      'TCP (cut off)',
    );
  }
  const headerLength = ((bytes[offset + 12] ?? 0) >> 4) * 4;
  if (headerLength < 20) {
    return skip('malformed-tcp', `bogus TCP header length ${headerLength} (must be at least 20)`);
  }
  if (reportedLength < headerLength) {
    return skip(
      'malformed-tcp',
      `TCP length ${reportedLength} from the IP header is shorter than the TCP header (${headerLength})`,
    );
  }
  const optionsEnd = offset + headerLength;
  const decoded = decodeTcpOptions(bytes, offset + 20, Math.min(optionsEnd, end), meter);
  return {
    kind: 'tcp',
    srcPort: u16(bytes, offset),
    dstPort: u16(bytes, offset + 2),
    seq: u32(bytes, offset + 4),
    ackField: u32(bytes, offset + 8),
    flags: (((bytes[offset + 12] ?? 0) & 0x01) << 8) | (bytes[offset + 13] ?? 0),
    headerLength,
    window: u16(bytes, offset + 14),
    len: reportedLength - headerLength,
    options: decoded.options,
    otherOptions: decoded.other,
    optionsTruncated: optionsEnd > end,
    optionsMalformed: decoded.malformed,
  };
}
