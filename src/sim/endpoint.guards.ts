/** The endpoint machine's guards: predicates over the TCB and the event, named as questions. */
import type { EndpointEvent } from './endpoint-events.ts';
import type { Segment } from './segment.ts';
import { LINUX } from './profile.ts';
import { isLinux, type Tcb } from './tcb.ts';
import {
  acksNewData,
  acksOurFin,
  acksTooOld,
  acksUnsentData,
  isRetransmittedFin,
  isSeqAcceptable,
  reachesFin,
} from './tcp-input.ts';
import { seqAdd, seqGt, seqLe, seqLt } from './seq.ts';

interface GuardArgs {
  context: Tcb;
  event: EndpointEvent;
}

/** The arriving segment, when the event is one. */
export function segmentOf(event: EndpointEvent): Segment | null {
  return event.type === 'segment.arrived' ? event.segment : null;
}

function onSegment(test: (tcb: Tcb, seg: Segment) => boolean) {
  return ({ context, event }: GuardArgs): boolean => {
    const seg = segmentOf(event);
    return seg !== null && test(context, seg);
  };
}

/** SYN-SENT: an ACK outside (ISS, SND.NXT] is unacceptable (RFC 9293 §3.10.7.3). */
function synSentAckUnacceptable(tcb: Tcb, seg: Segment): boolean {
  return seg.ctl.ack && (seqLe(seg.ack, tcb.iss) || seqLt(tcb.sndNxt, seg.ack));
}

/**
 * Retransmissions before giving up: the scenario's, or for Linux's SYN and SYN+ACK
 * tcp_syn_retries (tcp_write_timeout, net/ipv4/tcp_timer.c; a simultaneous open's SYN+ACK too)
 * and tcp_synack_retries (reqsk_timer_handler, net/ipv4/inet_connection_sock.c).
 */
function retryLimit(tcb: Tcb): number {
  const first = tcb.retransmissionQueue[0];
  if (!isLinux(tcb.config) || first?.syn !== true) return tcb.config.maxRetransmissions;
  return tcb.passiveOpen ? LINUX.synAckRetries : LINUX.synRetries;
}

export const endpointGuards = {
  isRst: onSegment((_, s) => s.ctl.rst),
  isSyn: onSegment((_, s) => s.ctl.syn && !s.ctl.rst),
  hasAck: onSegment((_, s) => s.ctl.ack),
  lacksAck: onSegment((_, s) => !s.ctl.ack),
  /** SYN-SENT: a non-RST segment with an unacceptable ACK gets a RST. */
  isBadAckInSynSent: onSegment((t, s) => !s.ctl.rst && synSentAckUnacceptable(t, s)),
  /** SYN-SENT: a RST whose ACK does not cover our SYN is dropped (RFC 5961 §3). */
  isStrayRstInSynSent: onSegment(
    (t, s) => s.ctl.rst && (!s.ctl.ack || synSentAckUnacceptable(t, s)),
  ),
  isRefusal: onSegment((t, s) => s.ctl.rst && s.ctl.ack && !synSentAckUnacceptable(t, s)),
  isSynAckOfOurSyn: onSegment((t, s) => s.ctl.syn && s.ctl.ack && !synSentAckUnacceptable(t, s)),
  isBareSyn: onSegment((_, s) => s.ctl.syn && !s.ctl.ack && !s.ctl.rst),
  /** SYN-RECEIVED: the peer's SYN again, at IRS (Linux retransmits the SYN+ACK). */
  isDuplicateSyn: onSegment((t, s) => s.ctl.syn && !s.ctl.ack && !s.ctl.rst && s.seq === t.irs),
  /** SYN-RECEIVED after a simultaneous open: the peer's SYN+ACK acknowledging our SYN. */
  isSimultaneousSynAck: onSegment(
    (t, s) =>
      !t.passiveOpen &&
      s.ctl.syn &&
      s.ctl.ack &&
      !s.ctl.rst &&
      s.seq === t.irs &&
      s.ack === seqAdd(t.iss, 1),
  ),
  /** RFC 9293 §3.10.7.4 first check failed, for a RST (dropped silently). */
  isUnacceptableRst: onSegment((t, s) => s.ctl.rst && !isSeqAcceptable(t, s)),
  /** RFC 9293 §3.10.7.4 first check failed (answered with an ACK). */
  isUnacceptable: onSegment((t, s) => !isSeqAcceptable(t, s)),
  /** RFC 5961 §3.2: a RST exactly at RCV.NXT resets the connection. */
  isExactRst: onSegment((t, s) => s.ctl.rst && s.seq === t.rcvNxt),
  isPassiveOpen: ({ context }: GuardArgs) => context.passiveOpen,
  isUnacceptableAckInSynReceived: onSegment((t, s) => s.ctl.ack && !acksNewData(t, s)),
  acksOurSyn: onSegment((t, s) => acksNewData(t, s)),
  acksUnsentOrTooOld: onSegment((t, s) => acksUnsentData(t, s) || acksTooOld(t, s)),
  acksOurFin: onSegment((t, s) => acksOurFin(t, s)),
  reachesFin: onSegment((t, s) => reachesFin(t, s)),
  acksOurFinAndReachesFin: onSegment((t, s) => acksOurFin(t, s) && reachesFin(t, s)),
  /**
   * TIME-WAIT: a bare SYN newer than the old connection (SEG.SEQ after RCV.NXT), which may
   * reopen it (RFC 9293 §3.6.1 MAY-2; Linux's tcp_timewait_state_process).
   */
  isSynAfterRcvNxt: onSegment(
    (t, s) => s.ctl.syn && !s.ctl.ack && !s.ctl.rst && seqGt(s.seq, t.rcvNxt),
  ),
  /** TIME-WAIT: a SYN at or before RCV.NXT, perhaps an old duplicate of the old connection. */
  isSynNotAfterRcvNxt: onSegment((t, s) => s.ctl.syn && !s.ctl.rst && seqLe(s.seq, t.rcvNxt)),
  isRetransmittedFin: onSegment((t, s) => isRetransmittedFin(t, s)),
  retriesExhausted: ({ context }: GuardArgs) => context.retries >= retryLimit(context),
  hasUnacknowledged: ({ context }: GuardArgs) => context.retransmissionQueue.length > 0,
  hasQueuedData: ({ context }: GuardArgs) => context.sendQueue > 0,
};
