/**
 * Recognizes a capture file by its first 4 bytes, and names the usual wrong files (compressed
 * captures, archives) so the error says what to do.
 */
import { makeError, type CaptureError } from './capture-errors.ts';
import { hex } from './decode-result.ts';
import { isPcapMagic } from './pcap.ts';
import { PCAPNG_SHB } from './pcapng.ts';
import type { CaptureFormat } from './types.ts';

/** Magic prefixes of files that are not captures but are often mistaken for one. */
const KNOWN_OTHERS: {
  prefix: number[];
  name: string;
  code: 'compressed-file' | 'unknown-format';
}[] = [
  { prefix: [0x1f, 0x8b], name: 'gzip-compressed', code: 'compressed-file' },
  { prefix: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd-compressed', code: 'compressed-file' },
  { prefix: [0xfd, 0x37, 0x7a, 0x58], name: 'xz-compressed', code: 'compressed-file' },
  { prefix: [0x42, 0x5a, 0x68], name: 'bzip2-compressed', code: 'compressed-file' },
  { prefix: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive', code: 'compressed-file' },
  { prefix: [0xa1, 0xb2, 0xcd, 0x34], name: 'a modified (Kuznetzov) pcap', code: 'unknown-format' },
  { prefix: [0x34, 0xcd, 0xb2, 0xa1], name: 'a modified (Kuznetzov) pcap', code: 'unknown-format' },
];

/** Which reader fits the file, or why none does. Needs the first 4 bytes. */
export function detectFormat(first: Uint8Array): CaptureFormat | CaptureError {
  const b: readonly [number, number, number, number] = [
    first[0] ?? 0,
    first[1] ?? 0,
    first[2] ?? 0,
    first[3] ?? 0,
  ];
  const little = ((b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]) >>> 0;
  if (isPcapMagic(little)) return 'pcap';
  if (little === PCAPNG_SHB) return 'pcapng';
  const other = KNOWN_OTHERS.find((k) => k.prefix.every((byte, i) => b[i] === byte));
  const shown = b.map((byte) => hex(byte, 2).slice(2)).join(' ');
  if (other !== undefined) {
    const advice =
      other.code === 'compressed-file' ? ': decompress it first' : ', which is not supported';
    return makeError(other.code, { offset: 0 }, `the file is ${other.name}${advice}`);
  }
  return makeError(
    'unknown-format',
    { offset: 0 },
    `not a pcap or pcapng file: it starts with bytes ${shown}, not a known magic number`,
  );
}
