/** A TCP segment as the endpoint machine sees it (the header fields that connection management uses). */
import { sequenceSpace } from './segment-facts.ts';
import { seqAdd, type SeqNum } from './seq.ts';
import type { SegmentOptions, TcpFlag } from './trace.ts';

/** The control bits this model uses (RFC 9293 §3.1). */
export interface ControlBits {
  syn: boolean;
  ack: boolean;
  fin: boolean;
  rst: boolean;
  psh: boolean;
}

/** One segment on the wire. */
export interface Segment {
  srcPort: number;
  dstPort: number;
  seq: SeqNum;
  /** Meaningful only when `ctl.ack` is set. */
  ack: SeqNum;
  ctl: ControlBits;
  /** Payload bytes (the model carries a length, not the bytes themselves). */
  len: number;
  /** The window field as on the wire. */
  window: number;
  options: SegmentOptions;
}

/** No control bits set. */
export const NO_CONTROL: ControlBits = {
  syn: false,
  ack: false,
  fin: false,
  rst: false,
  psh: false,
};

/**
 * SEG.LEN in the RFC's sense: the sequence space the segment occupies, which counts SYN and FIN
 * as one each (RFC 9293 §3.4).
 */
export function seqSpace(seg: Pick<Segment, 'len' | 'ctl'>): number {
  return sequenceSpace(seg.len, seg.ctl.syn, seg.ctl.fin);
}

/** The sequence number just past the segment: SEG.SEQ + SEG.LEN. */
export function seqEnd(seg: Pick<Segment, 'seq' | 'len' | 'ctl'>): SeqNum {
  return seqAdd(seg.seq, seqSpace(seg));
}

/** The control bits as trace flags, in header bit order. */
export function flagsOf(ctl: ControlBits): TcpFlag[] {
  const flags: TcpFlag[] = [];
  if (ctl.fin) flags.push('FIN');
  if (ctl.syn) flags.push('SYN');
  if (ctl.rst) flags.push('RST');
  if (ctl.psh) flags.push('PSH');
  if (ctl.ack) flags.push('ACK');
  return flags;
}
