/**
 * Where the format readers (pcap.ts, pcapng.ts) deliver frames: decodes each one, keeps its TCP
 * segment (never a view of the file's bytes, so consumed chunks can be collected), assigns the
 * stream number, collects warnings and enforces the size limits.
 */
import { makeWarning, type CaptureWarning, type WarningCode } from './capture-errors.ts';
import { ConversationTracker } from './conversations.ts';
import { isSupportedLinkType } from './link-layer.ts';
import { decodeFrame } from './packet-decoder.ts';
import { FLAG_ACK } from './tcp-header.ts';
import { diffSeconds, type CaptureTime } from './timestamps.ts';
import type { CapturedSegment, ReadOptions, ReadProgress } from './types.ts';
import type { WorkMeter } from './work-meter.ts';

/** One frame as the container format gives it. */
export interface RawFrame {
  offset: number;
  /** pcapng block number, for messages. */
  block?: number;
  interfaceIndex: number;
  linkType: number;
  /** The captured bytes (a view into the file's chunk: not kept past this call). */
  data: Uint8Array;
  originalLength: number;
  /** null for pcapng simple packet blocks, which carry no time. */
  time: CaptureTime | null;
}

const DEFAULTS = {
  maxFrames: 20_000_000,
  maxSegments: 1_000_000,
  maxWarningsPerCode: 100,
  progressIntervalBytes: 4 * 1024 * 1024,
};

/** Collects what a read produces. */
export class CaptureSink {
  readonly segments: CapturedSegment[] = [];
  readonly tracker = new ConversationTracker();
  readonly warnings: CaptureWarning[] = [];
  readonly warningCounts: Partial<Record<WarningCode, number>> = {};
  readonly skipped: Record<string, number> = {};
  frames = 0;
  firstTime: CaptureTime | null = null;
  /** Reading must end: a limit was hit or the framing was lost. */
  stopped = false;
  private lastTime: CaptureTime = { seconds: 0, nanoseconds: 0 };
  private lastProgressAt = 0;
  private readonly limits: typeof DEFAULTS;

  constructor(
    private readonly meter: WorkMeter,
    private readonly options: ReadOptions,
  ) {
    this.limits = {
      maxFrames: options.maxFrames ?? DEFAULTS.maxFrames,
      maxSegments: options.maxSegments ?? DEFAULTS.maxSegments,
      maxWarningsPerCode: options.maxWarningsPerCode ?? DEFAULTS.maxWarningsPerCode,
      progressIntervalBytes: options.progressIntervalBytes ?? DEFAULTS.progressIntervalBytes,
    };
  }

  /** The number the next frame will get. */
  get nextFrame(): number {
    return this.frames + 1;
  }

  /** Records a warning (listed up to the per-code limit, always counted); may stop reading. */
  warn(warning: CaptureWarning): void {
    const count = (this.warningCounts[warning.code] ?? 0) + 1;
    this.warningCounts[warning.code] = count;
    if (count <= this.limits.maxWarningsPerCode || warning.stopped) this.warnings.push(warning);
    if (warning.stopped) this.stopped = true;
  }

  /** Decodes one frame and keeps its TCP segment, if it has one. */
  frame(raw: RawFrame): void {
    if (this.frames >= this.limits.maxFrames) {
      this.limit(raw, `more than ${this.limits.maxFrames} frames (maxFrames)`);
      return;
    }
    this.frames += 1;
    const packet = this.frames;
    const loc = {
      offset: raw.offset,
      packet,
      ...(raw.block !== undefined && { block: raw.block }),
    };
    let time = raw.time;
    if (time === null) {
      if ((this.warningCounts['no-timestamp'] ?? 0) === 0) {
        this.warn(
          makeWarning(
            'no-timestamp',
            loc,
            'simple packet blocks carry no time; each is given the time of the packet before it',
          ),
        );
      }
      time = this.lastTime;
    }
    this.lastTime = time;
    this.firstTime ??= time;
    this.reportProgress(raw.offset);
    if (!isSupportedLinkType(raw.linkType)) {
      this.countSkip(`link type ${raw.linkType}`);
      return;
    }
    let decoded: ReturnType<typeof decodeFrame>;
    try {
      decoded = decodeFrame(raw.linkType, raw.data, this.meter);
    } catch (error) {
      // Decoders check every bound, so this is a bug; it is reported, never thrown at the caller.
      this.warn(makeWarning('internal-error', loc, `decoder failure: ${String(error)}`));
      this.countSkip('malformed');
      return;
    }
    if (decoded.kind === 'skip') {
      this.countSkip(decoded.protocol);
      this.warn(makeWarning(decoded.code, loc, decoded.detail));
      return;
    }
    for (const problem of decoded.problems)
      this.warn(makeWarning(problem.code, loc, problem.detail));
    if (this.segments.length >= this.limits.maxSegments) {
      this.limit(raw, `more than ${this.limits.maxSegments} TCP segments (maxSegments)`);
      return;
    }
    const { ip, tcp } = decoded;
    const segment: CapturedSegment = {
      frame: packet,
      offset: raw.offset,
      interfaceIndex: raw.interfaceIndex,
      time,
      frameLength: raw.originalLength,
      ipVersion: ip.version,
      src: ip.src,
      dst: ip.dst,
      ipId: ip.id,
      srcPort: tcp.srcPort,
      dstPort: tcp.dstPort,
      flags: tcp.flags,
      seq: tcp.seq,
      ack: (tcp.flags & FLAG_ACK) !== 0 ? tcp.ackField : null,
      len: tcp.len,
      window: tcp.window,
      headerLength: tcp.headerLength,
      options: tcp.options,
      otherOptions: tcp.otherOptions,
      ipFragment: ip.fragment !== null,
      optionsTruncated: tcp.optionsTruncated,
      stream: 0,
    };
    const index = this.segments.length;
    segment.stream = this.tracker.add(segment, index, diffSeconds(time, this.firstTime));
    this.segments.push(segment);
  }

  /** Reports progress when `offset` has moved far enough since the last report. */
  reportProgress(offset: number, force = false): void {
    const callback = this.options.onProgress;
    if (callback === undefined) return;
    if (!force && offset - this.lastProgressAt < this.limits.progressIntervalBytes) return;
    this.lastProgressAt = offset;
    callback(this.progress(offset));
  }

  /** The progress numbers at file offset `bytesRead`. */
  progress(bytesRead: number): ReadProgress {
    return {
      bytesRead,
      totalBytes: this.options.totalBytes ?? null,
      frames: this.frames,
      segments: this.segments.length,
    };
  }

  private countSkip(protocol: string): void {
    this.skipped[protocol] = (this.skipped[protocol] ?? 0) + 1;
  }

  private limit(raw: RawFrame, what: string): void {
    const loc = { offset: raw.offset, packet: this.frames + 1 };
    this.warn(
      makeWarning('limit-reached', loc, `the capture has ${what}; reading stopped here`, true),
    );
  }
}
