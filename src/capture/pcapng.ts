/**
 * pcapng (draft-ietf-opsawg-pcapng §3-4). Every block is (type, total length, body, total length
 * again). A section header block (SHB) starts a section and fixes its byte order through its
 * byte-order magic; interface description blocks (IDB) give each interface its link type and
 * timestamp resolution; packets come in enhanced (EPB), simple (SPB) and obsolete (OPB) packet
 * blocks. Every other block type is skipped.
 */
import type { ByteQueue } from './byte-queue.ts';
import {
  makeError,
  makeWarning,
  type CaptureError,
  type ProblemLocation,
} from './capture-errors.ts';
import type { CaptureSink } from './capture-sink.ts';
import { MAX_FRAME_BYTES, viewOf, type FormatParser } from './format-parser.ts';
import { isSupportedLinkType, linkTypeName } from './link-layer.ts';
import {
  BLOCK,
  decodeInterfaceBlock,
  decodePacketBlock,
  type SectionInterface,
} from './pcapng-blocks.ts';
import type { CaptureInterface } from './types.ts';
import type { WorkMeter } from './work-meter.ts';

/** The SHB type reads the same in both byte orders (§4.1). */
export const PCAPNG_SHB = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const MAX_BLOCK_BYTES = MAX_FRAME_BYTES + 65_536;

/** Reads a pcapng file, block by block, over any number of sections. */
export class PcapngParser implements FormatParser {
  readonly format = 'pcapng';
  readonly interfaces: CaptureInterface[] = [];
  fatal: CaptureError | null = null;
  private little = true;
  private section = -1;
  private sectionInterfaces: SectionInterface[] = [];
  private blocks = 0;

  parse(queue: ByteQueue, sink: CaptureSink, meter: WorkMeter): boolean {
    while (!sink.stopped) {
      const loc = { offset: queue.offset, block: this.blocks + 1 };
      if (!meter.tick()) return this.stop(sink, loc, 'internal-error', 'work budget exhausted');
      const head = queue.peek(12);
      if (head === undefined) return true;
      const headView = viewOf(head);
      const type = headView.getUint32(0, this.little);
      let little = this.little;
      if (type === PCAPNG_SHB) {
        const magic = headView.getUint32(8, true);
        if (magic !== BYTE_ORDER_MAGIC && magic !== 0x4d3c2b1a) {
          return this.stop(
            sink,
            loc,
            'framing-lost',
            `bad byte-order magic in a section header block`,
          );
        }
        little = magic === BYTE_ORDER_MAGIC;
      } else if (this.section < 0) {
        return this.stop(
          sink,
          loc,
          'framing-lost',
          'the file does not start with a section header block',
        );
      }
      const length = headView.getUint32(4, little);
      if (length < 12 || length % 4 !== 0 || length > MAX_BLOCK_BYTES) {
        return this.stop(
          sink,
          loc,
          'framing-lost',
          `block total length ${length} is invalid (must be a multiple of 4 between 12 and ${MAX_BLOCK_BYTES}): the block framing is lost`,
        );
      }
      const block = queue.peek(length);
      if (block === undefined) return true;
      const view = viewOf(block);
      const trailer = view.getUint32(length - 4, little);
      if (trailer !== length) {
        return this.stop(
          sink,
          loc,
          'framing-lost',
          `block total length ${length} at the start but ${trailer} at the end: the block framing is lost`,
        );
      }
      this.blocks += 1;
      if (type === PCAPNG_SHB) {
        if (!this.startSection(view, length, loc, sink)) return false;
      } else if (type === BLOCK.idb) {
        this.addInterface(view, length, loc, sink, meter);
      } else if (type === BLOCK.epb || type === BLOCK.opb || type === BLOCK.spb) {
        this.packet(type, block, view, loc, sink);
      }
      queue.skip(length);
    }
    return false;
  }

  finish(queue: ByteQueue, sink: CaptureSink): void {
    const left = queue.length;
    if (this.section < 0) {
      if (this.fatal === null) {
        const detail = `the file ends inside its section header block (${left} bytes)`;
        this.fatal = makeError('truncated-file-header', { offset: 0 }, detail);
      }
      return;
    }
    if (left === 0 || sink.stopped) return;
    const loc = { offset: queue.offset, block: this.blocks + 1 };
    const detail = `the file ends ${left} bytes into a block (last block cut off)`;
    sink.warn(makeWarning(left < 12 ? 'trailing-bytes' : 'truncated-packet', loc, detail));
  }

  /** Ends reading; before the first section is read, that is a fatal error. */
  private stop(
    sink: CaptureSink,
    loc: ProblemLocation,
    code: 'framing-lost' | 'internal-error',
    detail: string,
  ): false {
    if (this.section < 0) {
      this.fatal = makeError(
        code === 'framing-lost' ? 'bad-first-block' : 'internal-error',
        loc,
        detail,
      );
    } else {
      sink.warn(makeWarning(code, loc, `${detail}; reading stops here`, true));
    }
    return false;
  }

  private startSection(
    view: DataView,
    length: number,
    loc: ProblemLocation,
    sink: CaptureSink,
  ): boolean {
    const little = view.getUint32(8, true) === BYTE_ORDER_MAGIC;
    if (length < 28)
      return this.stop(
        sink,
        loc,
        'framing-lost',
        `section header block of ${length} bytes (at least 28)`,
      );
    const major = view.getUint16(12, little);
    if (major !== 1) {
      const detail = `pcapng version ${major}.${view.getUint16(14, little)} is not supported (only 1.x)`;
      if (this.section < 0) {
        this.fatal = makeError('unsupported-version', loc, detail);
        return false;
      }
      return this.stop(sink, loc, 'framing-lost', detail);
    }
    this.little = little;
    this.section += 1;
    this.sectionInterfaces = [];
    return true;
  }

  private addInterface(
    view: DataView,
    length: number,
    loc: ProblemLocation,
    sink: CaptureSink,
    meter: WorkMeter,
  ): void {
    const iface = decodeInterfaceBlock(view, length, this.little, this.interfaces.length, meter);
    if (!('index' in iface)) {
      sink.warn(makeWarning(iface.code, loc, iface.detail));
      return;
    }
    const id = this.sectionInterfaces.length;
    const { linkType, snapLength, name } = iface;
    this.interfaces.push({ section: this.section, id, linkType, snapLength, name });
    this.sectionInterfaces.push(iface);
    if (!isSupportedLinkType(linkType)) {
      const named = name !== null ? ` (${name})` : '';
      const detail = `interface ${id}${named} has ${linkTypeName(linkType)}, which is not supported: its packets are skipped`;
      sink.warn(makeWarning('unknown-link-type', loc, detail));
    }
  }

  private packet(
    type: number,
    block: Uint8Array,
    view: DataView,
    loc: ProblemLocation,
    sink: CaptureSink,
  ): void {
    const packetLoc = { ...loc, packet: sink.nextFrame };
    const decoded = decodePacketBlock(type, block, view, this.little, this.sectionInterfaces);
    if (!('frame' in decoded)) {
      sink.warn(makeWarning(decoded.code, packetLoc, decoded.detail));
      return;
    }
    if (decoded.problem !== null) {
      sink.warn(makeWarning(decoded.problem.code, packetLoc, decoded.problem.detail));
    }
    sink.frame({
      ...decoded.frame,
      offset: loc.offset,
      ...(loc.block !== undefined && { block: loc.block }),
    });
  }
}
