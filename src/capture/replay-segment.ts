/** A captured segment's send event as the endpoint machine takes it. */
import { seq, type ControlBits, type Segment, type SendEvent } from '../sim/index.ts';

/** The machine's view of a captured segment (header fields connection management uses). */
export function toSegment(e: SendEvent): Segment {
  const has = (f: string) => (e.flags as string[]).includes(f);
  const ctl: ControlBits = {
    syn: has('SYN'),
    ack: has('ACK'),
    fin: has('FIN'),
    rst: has('RST'),
    psh: has('PSH'),
  };
  return {
    srcPort: e.srcPort,
    dstPort: e.dstPort,
    seq: seq(e.seq),
    ack: seq(e.ack ?? 0),
    ctl,
    len: e.len,
    window: e.window,
    options: e.options,
  };
}
