/**
 * The classic libpcap format (draft-ietf-opsawg-pcap §4-5): a 24-byte file header whose magic
 * number gives the byte order and the time unit, then records of a 16-byte header (seconds,
 * fraction, captured length, original length) followed by the captured bytes.
 */
import type { ByteQueue } from './byte-queue.ts';
import { formatCount, makeError, makeWarning, type CaptureError } from './capture-errors.ts';
import type { CaptureSink } from './capture-sink.ts';
import { MAX_FRAME_BYTES, viewOf, type FormatParser } from './format-parser.ts';
import { isSupportedLinkType, linkTypeName } from './link-layer.ts';
import { timeFromPcap } from './timestamps.ts';
import type { CaptureInterface } from './types.ts';
import type { WorkMeter } from './work-meter.ts';

/** Magic numbers as read little-endian from the first 4 bytes. */
export const PCAP_MAGIC = {
  microLittle: 0xa1b2c3d4,
  nanoLittle: 0xa1b23c4d,
  microBig: 0xd4c3b2a1,
  nanoBig: 0x4d3cb2a1,
} as const;

const FILE_HEADER = 24;
const RECORD_HEADER = 16;
/** libpcap's MAXIMUM_SNAPLEN: a larger captured length in an ordinary file means corruption. */
const USUAL_MAX_CAPTURED = 262_144;

/** True when the first 4 bytes (read little-endian) are a pcap magic number. */
export function isPcapMagic(magic: number): boolean {
  return Object.values(PCAP_MAGIC).some((m) => m === magic);
}

/** Reads a pcap file, record by record. */
export class PcapParser implements FormatParser {
  readonly format = 'pcap';
  readonly interfaces: CaptureInterface[] = [];
  fatal: CaptureError | null = null;
  private little = true;
  private nano = false;
  private snapLength = 0;
  private linkType = 0;
  private headerRead = false;

  parse(queue: ByteQueue, sink: CaptureSink, meter: WorkMeter): boolean {
    if (!this.headerRead) {
      const header = queue.peek(FILE_HEADER);
      if (header === undefined) return true;
      if (!this.readHeader(header, sink)) return false;
      queue.skip(FILE_HEADER);
    }
    while (!sink.stopped) {
      if (!meter.tick()) {
        sink.warn(
          makeWarning('internal-error', { offset: queue.offset }, 'work budget exhausted', true),
        );
        return false;
      }
      const header = queue.peek(RECORD_HEADER);
      if (header === undefined) return true;
      const view = viewOf(header);
      const captured = view.getUint32(8, this.little);
      const original = view.getUint32(12, this.little);
      const loc = { offset: queue.offset, packet: sink.nextFrame };
      const limit = Math.min(MAX_FRAME_BYTES, Math.max(this.snapLength, USUAL_MAX_CAPTURED));
      if (captured > limit) {
        const detail = `captured length ${captured} exceeds the maximum of ${formatCount(limit)} bytes: the record framing is lost, reading stops here`;
        sink.warn(makeWarning('framing-lost', loc, detail, true));
        return false;
      }
      const record = queue.peek(RECORD_HEADER + captured);
      if (record === undefined) return true;
      if (this.snapLength > 0 && captured > this.snapLength) {
        const detail = `captured length ${captured} exceeds the snap length ${this.snapLength}`;
        sink.warn(makeWarning('snap-length-exceeded', loc, detail));
      }
      sink.frame({
        offset: queue.offset,
        interfaceIndex: 0,
        linkType: this.linkType,
        data: record.subarray(RECORD_HEADER),
        originalLength: original,
        time: timeFromPcap(
          view.getUint32(0, this.little),
          view.getUint32(4, this.little),
          this.nano,
        ),
      });
      queue.skip(RECORD_HEADER + captured);
    }
    return false;
  }

  finish(queue: ByteQueue, sink: CaptureSink): void {
    if (this.fatal !== null) return;
    if (!this.headerRead) {
      const detail = `the file is ${queue.length} bytes long, shorter than the 24-byte pcap header`;
      this.fatal = makeError('truncated-file-header', { offset: 0 }, detail);
      return;
    }
    const left = queue.length;
    if (left === 0 || sink.stopped) return;
    const loc = { offset: queue.offset, packet: sink.nextFrame };
    const header = queue.peek(RECORD_HEADER);
    if (header === undefined) {
      const detail = `${left} bytes after the last packet, too few for a 16-byte record header`;
      sink.warn(makeWarning('trailing-bytes', loc, detail));
      return;
    }
    const captured = viewOf(header).getUint32(8, this.little);
    const detail = `the file ends ${left - RECORD_HEADER} bytes into a ${captured}-byte packet (last packet cut off)`;
    sink.warn(makeWarning('truncated-packet', loc, detail));
  }

  private readHeader(header: Uint8Array, sink: CaptureSink): boolean {
    const view = viewOf(header);
    const magic = view.getUint32(0, true);
    this.little = magic === PCAP_MAGIC.microLittle || magic === PCAP_MAGIC.nanoLittle;
    this.nano = magic === PCAP_MAGIC.nanoLittle || magic === PCAP_MAGIC.nanoBig;
    const major = view.getUint16(4, this.little);
    const minor = view.getUint16(6, this.little);
    if (major !== 2) {
      const detail = `pcap version ${major}.${minor} is not supported (only 2.x exists)`;
      this.fatal = makeError('unsupported-version', { offset: 4 }, detail);
      return false;
    }
    this.snapLength = view.getUint32(16, this.little);
    // §4: the low 16 bits are the link type; the top bits may hold FCS information.
    this.linkType = view.getUint32(20, this.little) & 0xffff;
    this.headerRead = true;
    this.interfaces.push({
      section: 0,
      id: 0,
      linkType: this.linkType,
      snapLength: this.snapLength,
      name: null,
    });
    if (!isSupportedLinkType(this.linkType)) {
      const detail = `${linkTypeName(this.linkType)} is not supported: no packet can be decoded`;
      sink.warn(makeWarning('unknown-link-type', { offset: 20 }, detail));
    }
    return true;
  }
}
