/**
 * The endpoint machine's actions, as pure functions over an Effects scratch copy. Each names the
 * RFC step it performs; the machine wraps them so their TCB changes are assigned and their
 * outputs emitted in order.
 */
import type { Effects } from './effects.ts';
import type { EndpointEvent } from './endpoint-events.ts';
import { segmentOf } from './endpoint.guards.ts';
import { why, type ReasonCode } from './reasons.ts';
import { type Segment, seqSpace } from './segment.ts';
import { seq, seqAdd } from './seq.ts';
import { initialTcb, isLinux, rtoLimits, type Tcb } from './tcb.ts';
import { linuxWhy } from './linux-reasons.ts';
import { LINUX } from './profile.ts';
import { acceptText, processAck, processSegmentText, updateSendWindow } from './tcp-input.ts';
import {
  ackWhy,
  flush,
  retransmitEarliest,
  sendAck,
  sendDelayedAck,
  sendReset,
  sendSyn,
  sendSynAck,
  transmitQueued,
} from './tcp-output.ts';

export type EffectFn = (fx: Effects, event: EndpointEvent) => void;

function onSegment(fn: (fx: Effects, seg: Segment, event: EndpointEvent) => void): EffectFn {
  return (fx, event) => {
    const seg = segmentOf(event);
    if (seg !== null) fn(fx, seg, event);
  };
}

function stopAllTimers(fx: Effects): void {
  fx.stopTimer('retransmit');
  fx.stopTimer('time-wait');
  fx.stopTimer('delayed-ack');
  fx.stopTimer('fin-wait-2');
}

/** How long TIME-WAIT lasts: 2 MSL (RFC 9293 §3.10.8), or Linux's fixed TCP_TIMEWAIT_LEN. */
function timeWaitMs(tcb: Tcb): number {
  return isLinux(tcb.config) ? LINUX.timeWaitMs : 2 * tcb.config.mslMs;
}

/** The backoff a SYN went through before the last timer fired: 1 + 2 + 4 + … RTOs, in ms. */
function synBackoffMs(tcb: Tcb): number {
  const limits = rtoLimits(tcb.config);
  let total = 0;
  for (let i = 0; i <= tcb.retries; i++) {
    total += Math.min(limits.maxMs, limits.initialMs * 2 ** i);
  }
  return total;
}

/** Forget the previous connection but keep the configuration (RFC 9293: "delete the TCB"). */
function freshTcb(fx: Effects): void {
  Object.assign(fx.tcb, initialTcb(fx.tcb.config, fx.tcb.opens));
}

/** A connect() or listen(): a fresh TCB whose ISS is the ISN of this open. */
function openTcb(fx: Effects): void {
  Object.assign(fx.tcb, initialTcb(fx.tcb.config, fx.tcb.opens + 1));
}

/**
 * Linux's ISS for a connection reopened from TIME-WAIT (tcp_timewait_state_process:
 * tw_snd_nxt + 65535 + 2): above every sequence number the old incarnation used, as RFC 9293
 * §3.6.1 (MAY-2, condition 1) asks.
 */
const TIME_WAIT_ISS_GAP = 65535 + 2;

/** Learn the peer's ISN and options from its SYN (RFC 9293 §3.10.7.2-3, RFC 7323, RFC 2018). */
function learnPeerSyn(fx: Effects, seg: Segment): void {
  const { tcb } = fx;
  tcb.irs = seg.seq;
  tcb.rcvNxt = seqAdd(seg.seq, 1);
  tcb.synReceived = true;
  tcb.ackBasis = { seq: seg.seq, len: 0, syn: true, fin: false, ack: tcb.rcvNxt };
  tcb.peerMss = seg.options.mss ?? 536;
  tcb.effectiveMss = Math.min(tcb.peerMss, tcb.config.mss);
  const peerWs = seg.options.windowScale;
  tcb.wsOk = peerWs !== undefined && tcb.config.windowScale !== null;
  tcb.sndScale = tcb.wsOk && peerWs !== undefined ? Math.min(peerWs, 14) : 0;
  tcb.rcvScale = tcb.wsOk && tcb.config.windowScale !== null ? tcb.config.windowScale : 0;
  // Without window scaling we can offer at most 65535 bytes (RFC 7323 §2.2), and we accept no
  // more than we offered (RFC 9293 §3.10.7.4).
  tcb.rcvWnd = tcb.wsOk ? tcb.config.window : Math.min(tcb.config.window, 65535);
  tcb.sackOk = seg.options.sackPermitted === true && tcb.config.sackPermitted;
  tcb.sndWnd = seg.window;
  tcb.maxSndWnd = seg.window;
  tcb.sndWl1 = seg.seq;
  tcb.sndWl2 = seg.ack;
}

/** RFC 6298 §5.7: after a SYN was retransmitted, RTO is 3 s once data transmission begins. */
function applySynTimeoutRule(fx: Effects): void {
  if (fx.tcb.synRetransmitted && fx.tcb.rto.srtt === null) {
    fx.tcb.rto = { ...fx.tcb.rto, rto: Math.max(3000, fx.tcb.config.rtoMinMs) };
  }
}

function discard(code: ReasonCode): EffectFn {
  return (fx) => {
    fx.notice(why(code));
  };
}

export const endpointEffects = {
  // ---- application calls ------------------------------------------------------------------
  listen: ((fx) => {
    openTcb(fx);
    fx.tcb.passiveOpen = true;
    fx.tcb.transitionWhy = why('passive-open');
  }) satisfies EffectFn,
  connect: ((fx) => {
    openTcb(fx);
    fx.tcb.transitionWhy = why('active-open', { iss: fx.tcb.iss });
    sendSyn(fx);
  }) satisfies EffectFn,
  connectFromListen: ((fx) => {
    fx.tcb.passiveOpen = false;
    fx.tcb.transitionWhy = why('active-open-from-listen', { iss: fx.tcb.iss });
    sendSyn(fx);
  }) satisfies EffectFn,
  queueSend: ((fx, event) => {
    if (event.type === 'app.send') fx.tcb.sendQueue += event.bytes;
  }) satisfies EffectFn,
  queueSendAndTransmit: ((fx, event) => {
    if (event.type === 'app.send') fx.tcb.sendQueue += event.bytes;
    transmitQueued(fx);
  }) satisfies EffectFn,
  closeAndSendFin: ((fx) => {
    fx.tcb.closeRequested = true;
    fx.tcb.transitionWhy = why('close-sends-fin');
    transmitQueued(fx);
  }) satisfies EffectFn,
  closeInCloseWait: ((fx) => {
    fx.tcb.closeRequested = true;
    fx.tcb.transitionWhy = why('close-in-close-wait');
    transmitQueued(fx);
  }) satisfies EffectFn,
  closeInSynReceived: ((fx) => {
    fx.tcb.closeRequested = true;
    fx.tcb.transitionWhy = why('close-in-syn-received');
    transmitQueued(fx);
  }) satisfies EffectFn,
  /** RFC 9293 §3.10.4: close() in SYN-RECEIVED with data queued waits for ESTABLISHED. */
  deferClose: ((fx) => {
    fx.tcb.closeRequested = true;
  }) satisfies EffectFn,
  closeInListen: ((fx) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('close-in-listen');
  }) satisfies EffectFn,
  closeInSynSent: ((fx) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('close-in-syn-sent');
  }) satisfies EffectFn,
  /** RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>, then CLOSED. */
  abortWithReset: ((fx) => {
    stopAllTimers(fx);
    const { sndNxt, rcvNxt } = fx.tcb;
    // Linux tcp_send_active_reset builds the RST with TCPHDR_ACK | TCPHDR_RST.
    const linux = isLinux(fx.tcb.config);
    const w = linux
      ? linuxWhy('linux-abort-sends-rst-ack', { seq: sndNxt, ack: rcvNxt })
      : why('abort-sends-rst', { seq: sndNxt });
    sendReset(fx, sndNxt, linux ? rcvNxt : null, w);
    fx.tcb.transitionWhy = w;
    fx.tcb.sendQueue = 0;
  }) satisfies EffectFn,
  abortSilently: ((fx) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('abort-silent');
  }) satisfies EffectFn,

  // ---- segments in CLOSED, LISTEN, SYN-SENT (RFC 9293 §3.10.7.1-3) ------------------------
  replyResetFromClosed: onSegment((fx, seg) => {
    if (seg.ctl.rst) {
      fx.notice(why('discard-rst-unacceptable'));
      return;
    }
    const ports = { src: seg.dstPort, dst: seg.srcPort };
    if (seg.ctl.ack) {
      sendReset(fx, seg.ack, null, why('rst-from-closed-with-ack', { seq: seg.ack }), ports);
    } else {
      const len = seqSpace(seg);
      const ack = seqAdd(seg.seq, len);
      const w = why('rst-from-closed-without-ack', { segSeq: seg.seq, segLen: len, ack });
      sendReset(fx, seq(0), ack, w, ports);
    }
  }),
  resetUnacceptableAck: onSegment((fx, seg) => {
    sendReset(
      fx,
      seg.ack,
      null,
      why('rst-for-unacceptable-ack', { segAck: seg.ack, seq: seg.ack }),
    );
  }),
  acceptSyn: onSegment((fx, seg) => {
    learnPeerSyn(fx, seg);
    fx.tcb.passiveOpen = true;
    fx.tcb.transitionWhy = why('syn-in-listen', { seq: seg.seq, rcvNxt: fx.tcb.rcvNxt });
    sendSynAck(fx);
  }),
  completeActiveOpen: onSegment((fx, seg) => {
    learnPeerSyn(fx, seg);
    fx.tcb.transitionWhy = why('syn-ack-in-syn-sent', {
      ack: seg.ack,
      seq: seg.seq,
      rcvNxt: fx.tcb.rcvNxt,
    });
    processAck(fx, seg);
    applySynTimeoutRule(fx);
    fx.ackWhy = ackWhy(fx.tcb);
    flush(fx);
  }),
  /** RFC 9293 §3.10.7.3: SYNs crossed; answer <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>. */
  simultaneousOpen: onSegment((fx, seg) => {
    learnPeerSyn(fx, seg);
    fx.tcb.transitionWhy = why('syn-in-syn-sent', { seq: seg.seq, rcvNxt: fx.tcb.rcvNxt });
    fx.tcb.retransmissionQueue = fx.tcb.retransmissionQueue.map((e) => ({
      ...e,
      retransmitted: true,
    }));
    fx.stopTimer('retransmit');
    sendSynAck(fx, true);
    fx.tcb.retransmissionQueue = fx.tcb.retransmissionQueue.slice(-1);
  }),
  connectionRefused: onSegment((fx, seg) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('rst-refused', { ack: seg.ack });
    fx.notice(why('notice-connection-refused'));
  }),
  discardRstInListen: discard('discard-rst-in-listen'),
  discardStrayRst: discard('discard-rst-unacceptable'),
  discardNoAck: discard('discard-no-ack'),
  discardOther: discard('discard-other'),

  // ---- synchronized states (RFC 9293 §3.10.7.4) -------------------------------------------
  answerUnacceptable: onSegment((fx, seg) => {
    // RFC 9293 §3.10.7.4: with a zero receive window, "special allowance should be made to
    // accept valid ACKs": the text is refused but the ACK still counts.
    if (fx.tcb.rcvWnd === 0 && seg.seq === fx.tcb.rcvNxt && seg.ctl.ack) processAck(fx, seg);
    sendAck(
      fx,
      why('ack-for-unacceptable-segment', {
        segSeq: seg.seq,
        segLen: seqSpace(seg),
        rcvNxt: fx.tcb.rcvNxt,
      }),
    );
  }),
  challengeRst: onSegment((fx, seg) => {
    sendAck(fx, why('challenge-ack-rst', { rcvNxt: fx.tcb.rcvNxt, segSeq: seg.seq }));
  }),
  challengeSyn: onSegment((fx) => {
    sendAck(fx, why('challenge-ack-syn'));
  }),
  answerUnacceptableAck: onSegment((fx, seg) => {
    sendAck(fx, why('ack-for-future-ack', { segAck: seg.ack, sndNxt: fx.tcb.sndNxt }));
  }),
  resetConnection: onSegment((fx, seg) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('rst-valid', { seq: seg.seq });
    fx.notice(why('notice-connection-reset'));
  }),
  /** RFC 9293 §3.10.7.4: a RST in SYN-RECEIVED after an active open means refused. */
  refuseCrossedOpen: onSegment((fx, seg) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('rst-in-syn-received-active', { seq: seg.seq });
    fx.notice(why('notice-connection-refused'));
  }),
  returnToListen: onSegment((fx) => {
    stopAllTimers(fx);
    freshTcb(fx);
    fx.tcb.passiveOpen = true;
    fx.tcb.transitionWhy = why('rst-in-syn-received-passive');
  }),
  synReturnsToListen: onSegment((fx) => {
    stopAllTimers(fx);
    freshTcb(fx);
    fx.tcb.passiveOpen = true;
    fx.tcb.transitionWhy = why('syn-in-syn-received-passive');
  }),
  /**
   * RFC 9293 §3.6.1 (MAY-2): TIME-WAIT may accept a new SYN and reopen the connection directly,
   * if its new ISS is larger than any sequence number the old connection used. Linux does so
   * when SEG.SEQ is after the old RCV.NXT, and hands the SYN to the listener: a passive open.
   */
  reopenFromTimeWait: onSegment((fx, seg) => {
    const iss = seqAdd(fx.tcb.sndNxt, TIME_WAIT_ISS_GAP);
    const rcvNxt = fx.tcb.rcvNxt;
    stopAllTimers(fx);
    freshTcb(fx);
    Object.assign(fx.tcb, { iss, sndUna: iss, sndNxt: iss, passiveOpen: true });
    learnPeerSyn(fx, seg);
    fx.tcb.transitionWhy = why('syn-in-time-wait', { seq: seg.seq, oldRcvNxt: rcvNxt, iss });
    sendSynAck(fx);
  }),
  /**
   * RFC 9293 §3.10.7.4: a SYN in TIME-WAIT that is not newer may be an old duplicate; SEQ below
   * RCV.NXT fails the first check (an ACK, then drop), at RCV.NXT it gets RFC 5961 §4.2's
   * challenge ACK: the same <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
   */
  ackOldSynInTimeWait: onSegment((fx, seg) => {
    sendAck(fx, why('syn-in-time-wait-not-newer', { segSeq: seg.seq, rcvNxt: fx.tcb.rcvNxt }));
  }),
  /**
   * RFC 9293 §3.10.7.4 second, TIME-WAIT: an exact RST deletes the TCB, nothing is told (the
   * application closed long ago). RFC 1337 advises ignoring it; Linux by default
   * (net.ipv4.tcp_rfc1337 = 0) ends TIME-WAIT as RFC 9293 says.
   */
  rstEndsTimeWait: onSegment((fx, seg) => {
    stopAllTimers(fx);
    fx.tcb.transitionWhy = why('rst-in-time-wait', { seq: seg.seq });
  }),
  retransmitSynAck: onSegment((fx) => {
    retransmitEarliest(fx, 'retransmit-syn-ack-on-duplicate-syn');
  }),
  /** RFC 9293 §3.10.7.4 fifth, SYN-RECEIVED: the ACK of our SYN; then the rest of the segment. */
  completePassiveOpen: onSegment((fx, seg, event) => {
    fx.tcb.transitionWhy = seg.ctl.syn
      ? why('syn-ack-in-syn-received', { ack: seg.ack })
      : why('ack-of-syn', { ack: seg.ack });
    fx.tcb.sndWl1 = seqAdd(seg.seq, -1);
    processAck(fx, seg);
    updateSendWindow(fx, seg);
    applySynTimeoutRule(fx);
    const finSeq = seg.ctl.syn ? null : acceptText(fx, seg);
    flush(fx);
    if (finSeq !== null) fx.raised.push({ type: 'fin.reached', t: event.t, finSeq });
    if (fx.tcb.closeRequested) fx.raised.push({ type: 'app.close', t: event.t });
  }),
  processSegment: onSegment((fx, seg) => {
    processSegmentText(fx, seg);
  }),
  /** After the peer's FIN: process the ACK and send what we still can; text is ignored. */
  processAckOnly: onSegment((fx, seg) => {
    processAck(fx, seg);
    flush(fx);
  }),
  enterCloseWait: onSegment((fx, seg) => {
    const finSeq = processSegmentText(fx, seg);
    fx.tcb.transitionWhy = why('fin-arrived', {
      seq: seg.seq,
      finSeq: finSeq ?? seg.seq,
      rcvNxt: fx.tcb.rcvNxt,
    });
  }),
  enterCloseWaitAfterEstablishing: ((fx, event) => {
    if (event.type !== 'fin.reached') return;
    fx.tcb.transitionWhy = why('fin-arrived', {
      seq: event.finSeq,
      finSeq: event.finSeq,
      rcvNxt: fx.tcb.rcvNxt,
    });
    fx.notice(why('notice-end-of-stream', { bytes: fx.tcb.bytesReceived }));
  }) satisfies EffectFn,
  enterFinWait2: onSegment((fx, seg) => {
    fx.tcb.transitionWhy = why('ack-of-fin-in-fin-wait-1', {
      ack: seg.ack,
      finSeq: fx.tcb.finSeq ?? 0,
    });
    processSegmentText(fx, seg);
    // Linux: close() orphaned the socket, so FIN-WAIT-2 lasts tcp_fin_timeout (tcp_rcv_state_process).
    if (isLinux(fx.tcb.config)) fx.startTimer('fin-wait-2', LINUX.finTimeoutMs);
  }),
  enterClosing: onSegment((fx, seg) => {
    const finSeq = processSegmentText(fx, seg);
    fx.tcb.transitionWhy = why('fin-arrived-closing', { finSeq: finSeq ?? seg.seq });
  }),
  enterTimeWaitOnFinAndAck: onSegment((fx, seg) => {
    const finSeq = processSegmentText(fx, seg);
    fx.tcb.transitionWhy = why('fin-and-ack-of-fin', { ack: seg.ack, finSeq: finSeq ?? seg.seq });
  }),
  enterTimeWaitOnFin: onSegment((fx, seg) => {
    const finSeq = processSegmentText(fx, seg) ?? seg.seq;
    fx.tcb.transitionWhy = isLinux(fx.tcb.config)
      ? linuxWhy('linux-fin-in-fin-wait-2', { finSeq })
      : why('fin-in-fin-wait-2', { finSeq });
  }),
  enterTimeWaitOnAck: onSegment((fx, seg) => {
    fx.tcb.transitionWhy = why('ack-of-fin', { ack: seg.ack, finSeq: fx.tcb.finSeq ?? 0 });
    processAck(fx, seg);
  }),
  closeOnAckOfFin: onSegment((fx, seg) => {
    fx.tcb.transitionWhy = why('ack-of-fin', { ack: seg.ack, finSeq: fx.tcb.finSeq ?? 0 });
    processAck(fx, seg);
    stopAllTimers(fx);
  }),
  startTimeWait: ((fx) => {
    fx.stopTimer('retransmit');
    fx.stopTimer('delayed-ack');
    fx.stopTimer('fin-wait-2');
    fx.startTimer('time-wait', timeWaitMs(fx.tcb));
  }) satisfies EffectFn,
  reAckFinInTimeWait: onSegment((fx) => {
    const ms = timeWaitMs(fx.tcb);
    sendAck(
      fx,
      isLinux(fx.tcb.config)
        ? linuxWhy('linux-time-wait-fin-again', { ms })
        : why('time-wait-fin-again'),
    );
    fx.startTimer('time-wait', ms);
  }),

  // ---- timers -------------------------------------------------------------------------------
  retransmit: ((fx) => {
    retransmitEarliest(fx);
  }) satisfies EffectFn,
  giveUp: ((fx) => {
    const first = fx.tcb.retransmissionQueue[0];
    const { retries } = fx.tcb;
    const s = synBackoffMs(fx.tcb) / 1000;
    stopAllTimers(fx);
    fx.tcb.transitionWhy =
      isLinux(fx.tcb.config) && first?.syn === true
        ? linuxWhy('linux-syn-retries-exhausted', { retries, s })
        : why('retransmission-limit', { seq: first?.seq ?? fx.tcb.sndUna, retries });
    fx.notice(why('notice-timed-out'));
  }) satisfies EffectFn,
  giveUpHalfOpen: ((fx) => {
    const retries = fx.tcb.retries;
    const linux = isLinux(fx.tcb.config);
    stopAllTimers(fx);
    freshTcb(fx);
    fx.tcb.passiveOpen = true;
    fx.tcb.transitionWhy = linux
      ? linuxWhy('linux-synack-retries-exhausted', { retries })
      : why('retransmission-limit-passive', { retries });
  }) satisfies EffectFn,
  timeWaitExpired: ((fx) => {
    fx.timerFired('time-wait');
    const ms = timeWaitMs(fx.tcb);
    fx.tcb.transitionWhy = isLinux(fx.tcb.config)
      ? linuxWhy('linux-time-wait-expired', { ms })
      : why('time-wait-expired', { ms });
  }) satisfies EffectFn,
  /** Linux: the held ACK goes out when the delayed-ACK timer fires. */
  delayedAckExpired: ((fx) => {
    sendDelayedAck(fx);
  }) satisfies EffectFn,
  /** Linux: an orphaned socket's FIN-WAIT-2 ends after tcp_fin_timeout, silently. */
  finWait2Expired: ((fx) => {
    fx.timerFired('fin-wait-2');
    stopAllTimers(fx);
    fx.tcb.transitionWhy = linuxWhy('linux-fin-wait-2-timeout', { ms: LINUX.finTimeoutMs });
  }) satisfies EffectFn,
} satisfies Record<string, EffectFn>;

export type EffectName = keyof typeof endpointEffects;
