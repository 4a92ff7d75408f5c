/**
 * The importer's data model: what reading a capture file gives back.
 */
import type { SegmentOptions } from '../sim/index.ts';
import type { CaptureError, CaptureWarning, WarningCode } from './capture-errors.ts';
import type { TcpOtherOption } from './tcp-options.ts';
import type { CaptureTime } from './timestamps.ts';

/** The container format of a capture file. */
export type CaptureFormat = 'pcap' | 'pcapng';

/** One capture interface (pcap files have exactly one). */
export interface CaptureInterface {
  /** pcapng section number (0 for pcap) and interface id inside it. */
  section: number;
  id: number;
  /** LINKTYPE_ value (tcpdump.org/linktypes.html). */
  linkType: number;
  snapLength: number;
  name: string | null;
}

/** One TCP segment as captured: the outermost TCP header of one frame. */
export interface CapturedSegment {
  /** 1-based frame number in the file; non-TCP frames count too (tshark's frame.number). */
  frame: number;
  /** Byte offset of the frame's record or block in the file. */
  offset: number;
  /** Index into Capture.interfaces. */
  interfaceIndex: number;
  time: CaptureTime;
  /** Length of the frame on the wire (pcap orig_len). */
  frameLength: number;
  ipVersion: 4 | 6;
  src: string;
  dst: string;
  /** IPv4 Identification, null for IPv6. */
  ipId: number | null;
  srcPort: number;
  dstPort: number;
  /** Control bits as a bit set: FIN = 1, SYN = 2, ..., CWR = 128, AE = 256 (see tcpFlagNames). */
  flags: number;
  seq: number;
  /** null exactly when the ACK flag is clear. */
  ack: number | null;
  /** Payload length (tshark tcp.len). */
  len: number;
  /** Window field as on the wire, unscaled. */
  window: number;
  headerLength: number;
  options: SegmentOptions;
  otherOptions: TcpOtherOption[];
  /** tshark tcp.stream: 0-based conversation number in order of first appearance. */
  stream: number;
  /** This is the first fragment of a fragmented IP packet: `len` covers only this fragment. */
  ipFragment: boolean;
  /** The snap length cut the TCP options. */
  optionsTruncated: boolean;
}

/** One side of a conversation. */
export interface ConversationEndpoint {
  address: string;
  port: number;
}

/** A TCP conversation, as in Wireshark's Statistics > Conversations > TCP. */
export interface Conversation {
  stream: number;
  /** A sent the conversation's first captured segment. */
  a: ConversationEndpoint;
  b: ConversationEndpoint;
  packets: number;
  /** Frame bytes on the wire, both directions. */
  bytes: number;
  packetsAToB: number;
  bytesAToB: number;
  packetsBToA: number;
  bytesBToA: number;
  /** TCP payload bytes, both directions. */
  payloadBytes: number;
  firstFrame: number;
  lastFrame: number;
  /** Seconds from the file's first frame to the conversation's earliest segment. */
  start: number;
  /** Seconds between its earliest and latest segments. */
  duration: number;
  sawSyn: boolean;
  sawSynAck: boolean;
  sawFin: boolean;
  sawRst: boolean;
  /** A SYN was seen. */
  hasHandshake: boolean;
  /** A FIN or RST was seen. */
  hasClose: boolean;
  /** Indices into Capture.segments, in file order. */
  segmentIndices: number[];
}

/** Bytes and frames read so far, for a progress bar. */
export interface ReadProgress {
  bytesRead: number;
  /** The file size when the caller gave it, else null. */
  totalBytes: number | null;
  frames: number;
  segments: number;
}

/** Counters a test or a progress view can inspect. */
export interface ReadStats extends ReadProgress {
  /** The parser's loop iterations (see WorkMeter): linear in the input size. */
  steps: number;
}

/** A read capture. */
export interface Capture {
  format: CaptureFormat;
  interfaces: CaptureInterface[];
  /** Frames seen, TCP or not. */
  frames: number;
  /** Time of the file's first frame (tshark's frame.time_relative base), null without frames. */
  firstTime: CaptureTime | null;
  segments: CapturedSegment[];
  conversations: Conversation[];
  /** Frames not turned into segments, by protocol ("UDP", "ARP", "malformed", ...). */
  skipped: Record<string, number>;
  /** The first warnings of each code (see ReadOptions.maxWarningsPerCode). */
  warnings: CaptureWarning[];
  /** How many warnings of each code there were, including those not listed. */
  warningCounts: Partial<Record<WarningCode, number>>;
  /** False when reading stopped before the end of the file (see the `stopped` warning). */
  complete: boolean;
  stats: ReadStats;
}

/** The outcome of reading a capture: never thrown, always returned. */
export type CaptureResult =
  | { ok: true; capture: Capture }
  | {
      ok: false;
      error: CaptureError;
      /** The first warnings of each code, as a capture's. */
      warnings: CaptureWarning[];
      /** How many warnings of each code there were, including those not listed. */
      warningCounts: Partial<Record<WarningCode, number>>;
      stats: ReadStats;
    };

/** Tuning for a read. Every limit gives a clear warning instead of exhausting memory. */
export interface ReadOptions {
  /** Size of the whole file, for progress reports. */
  totalBytes?: number;
  /** Called as reading advances (at most about once per `progressIntervalBytes`). */
  onProgress?: (progress: ReadProgress) => void;
  /** Default 4 MiB. */
  progressIntervalBytes?: number;
  /** Stop (with a `limit-reached` warning) after this many frames. Default 20,000,000. */
  maxFrames?: number;
  /** Stop after this many TCP segments are kept (each costs ~450 bytes of heap). Default 1,000,000. */
  maxSegments?: number;
  /** Warnings listed per code; the rest are only counted. Default 100. */
  maxWarningsPerCode?: number;
}
