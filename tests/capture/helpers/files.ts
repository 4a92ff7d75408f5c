/**
 * Capture-file writers for hand-made fixtures: pcap (either byte order, µs or ns) and pcapng
 * (sections in either byte order, IDB with options, EPB / SPB / OPB and arbitrary blocks).
 */
import { be, concat, le } from './packets.ts';

export interface PcapPacket {
  data: Uint8Array;
  /** [seconds, fraction (µs or ns)] */
  ts?: [number, number];
  originalLength?: number;
  /** Overrides the captured-length field (to corrupt it). */
  capturedLength?: number;
}

export interface PcapSpec {
  linkType: number;
  bigEndian?: boolean;
  nano?: boolean;
  snapLength?: number;
  versionMajor?: number;
  packets: PcapPacket[];
}

/** A classic pcap file. */
export function pcapFile(spec: PcapSpec): Uint8Array {
  const int = (v: number, w: number): Uint8Array => (spec.bigEndian === true ? be(v, w) : le(v, w));
  const magic = spec.nano === true ? 0xa1b23c4d : 0xa1b2c3d4;
  const header = concat(
    int(magic, 4),
    int(spec.versionMajor ?? 2, 2),
    int(4, 2),
    int(0, 4),
    int(0, 4),
    int(spec.snapLength ?? 65535, 4),
    int(spec.linkType, 4),
  );
  const records = spec.packets.map((p, i) =>
    concat(
      int(p.ts?.[0] ?? 1_700_000_000 + i, 4),
      int(p.ts?.[1] ?? 0, 4),
      int(p.capturedLength ?? p.data.length, 4),
      int(p.originalLength ?? p.data.length, 4),
      p.data,
    ),
  );
  return concat(header, ...records);
}

export type PcapngBlock =
  | {
      kind: 'idb';
      linkType: number;
      snapLength?: number;
      /** if_tsresol byte. */
      tsresol?: number;
      /** if_tsoffset seconds. */
      tsoffset?: number;
      name?: string;
    }
  | {
      kind: 'epb';
      iface?: number;
      units?: bigint;
      data: Uint8Array;
      originalLength?: number;
      capturedLength?: number;
    }
  | { kind: 'opb'; iface?: number; units?: bigint; data: Uint8Array }
  | { kind: 'spb'; data: Uint8Array; originalLength?: number }
  | { kind: 'raw'; type: number; body: Uint8Array; trailer?: number };

export interface PcapngSection {
  bigEndian?: boolean;
  versionMajor?: number;
  blocks: PcapngBlock[];
}

function pad4(bytes: Uint8Array): Uint8Array {
  return bytes.length % 4 === 0 ? bytes : concat(bytes, new Uint8Array(4 - (bytes.length % 4)));
}

/** A pcapng file of one or more sections. */
export function pcapngFile(sections: PcapngSection[]): Uint8Array {
  return concat(
    ...sections.map((section) => {
      const int = (v: number, w: number): Uint8Array =>
        section.bigEndian === true ? be(v, w) : le(v, w);
      const block = (type: number, body: Uint8Array, trailer?: number): Uint8Array => {
        const padded = pad4(body);
        const length = padded.length + 12;
        return concat(int(type, 4), int(length, 4), padded, int(trailer ?? length, 4));
      };
      const option = (code: number, value: Uint8Array): Uint8Array =>
        concat(int(code, 2), int(value.length, 2), pad4(value));
      const units = (u: bigint | undefined): Uint8Array => {
        const v = u ?? 1_700_000_000_000_000n;
        return concat(int(Number(v >> 32n), 4), int(Number(v & 0xffffffffn), 4));
      };
      const shb = block(
        0x0a0d0d0a,
        concat(
          int(0x1a2b3c4d, 4),
          int(section.versionMajor ?? 1, 2),
          int(0, 2),
          new Uint8Array(8).fill(0xff),
        ),
      );
      const blocks = section.blocks.map((b) => {
        switch (b.kind) {
          case 'idb': {
            const options: Uint8Array[] = [];
            if (b.name !== undefined) options.push(option(2, new TextEncoder().encode(b.name)));
            if (b.tsresol !== undefined) options.push(option(9, new Uint8Array([b.tsresol])));
            if (b.tsoffset !== undefined) options.push(option(14, int(b.tsoffset, 8)));
            if (options.length > 0) options.push(int(0, 4));
            return block(
              1,
              concat(int(b.linkType, 2), int(0, 2), int(b.snapLength ?? 0, 4), ...options),
            );
          }
          case 'epb':
            return block(
              6,
              concat(
                int(b.iface ?? 0, 4),
                units(b.units),
                int(b.capturedLength ?? b.data.length, 4),
                int(b.originalLength ?? b.data.length, 4),
                pad4(b.data),
              ),
            );
          case 'opb':
            return block(
              2,
              concat(
                int(b.iface ?? 0, 2),
                int(0, 2),
                units(b.units),
                int(b.data.length, 4),
                int(b.data.length, 4),
                pad4(b.data),
              ),
            );
          case 'spb':
            return block(3, concat(int(b.originalLength ?? b.data.length, 4), pad4(b.data)));
          case 'raw':
            return block(b.type, b.body, b.trailer);
        }
      });
      return concat(shb, ...blocks);
    }),
  );
}
