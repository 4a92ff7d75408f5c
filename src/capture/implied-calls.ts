/** The application calls a captured segment implies for the side that sent it. */
import {
  seqAdd,
  seqDiff,
  seqLe,
  seqSpace,
  type EndpointEvent,
  type SendEvent,
  type TcpStateName,
  type Tcb,
} from '../sim/index.ts';
import { toSegment } from './replay-segment.ts';

/**
 * The application calls a segment implies for its sender, from the sender's machine state:
 * replayed just before the segment itself.
 */
export function impliedCalls(
  state: TcpStateName,
  tcb: Tcb,
  e: SendEvent,
  t: number,
): EndpointEvent[] {
  const seg = toSegment(e);
  const calls: EndpointEvent[] = [];
  if (seg.ctl.rst) {
    // A RST from a side that has no synchronized connection is its machine's own reply.
    const replies: TcpStateName[] = ['CLOSED', 'LISTEN', 'SYN-SENT'];
    if (!replies.includes(state)) calls.push({ type: 'app.abort', t });
    return calls;
  }
  if (seg.ctl.syn && !seg.ctl.ack && (state === 'CLOSED' || state === 'LISTEN')) {
    calls.push({ type: 'app.connect', t });
  }
  const dataStart = seg.ctl.syn ? seqAdd(seg.seq, 1) : seg.seq;
  const dataEnd = seqAdd(dataStart, seg.len);
  const queuedEnd = seqAdd(tcb.sndNxt, tcb.sendQueue);
  if (seg.len > 0 && tcb.finSeq === null && !seqLe(dataEnd, queuedEnd)) {
    const fresh = seqSpace({ len: seg.len, ctl: { ...seg.ctl, syn: false, fin: false } });
    const already = Math.max(0, Math.min(fresh, seqDiff(queuedEnd, dataStart)));
    calls.push({ type: 'app.send', t, bytes: fresh - already });
  }
  if (seg.ctl.fin && !tcb.closeRequested && tcb.finSeq === null) {
    calls.push({ type: 'app.close', t });
  }
  return calls;
}
