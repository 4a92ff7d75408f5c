/**
 * Every reason the core gives, with the rule it follows and an English template. The UI may
 * localize by code; `{name}` placeholders are filled from `Why.params`.
 */
import type { ParamsArgument, ReasonParams, ReasonWhy, WhyParams } from './why.ts';

const RFC9293 = 'RFC 9293';

/** Which side's sequence space a parameter is in, seen from the endpoint the reason is about. */
export type SeqSpace = 'local' | 'remote';

/**
 * One reason: its rule, its English template, which parameters are sequence numbers, and which
 * are durations in ms (the template leaves their unit to the language's duration formatter).
 */
export interface ReasonEntry {
  rfc: string;
  en: string;
  seq?: Readonly<Record<string, SeqSpace>>;
  durations?: readonly string[];
}

/** The catalogue: code -> rule, English template and sequence-number parameters. */
export const REASONS = {
  // ---- application calls ------------------------------------------------------------------
  'passive-open': {
    rfc: `${RFC9293} §3.10.1`,
    en: 'listen() was called: a passive open waits for a SYN.',
  },
  'active-open': {
    rfc: `${RFC9293} §3.10.1`,
    en: 'connect() was called: an active open sends a SYN with SEQ = ISS = {iss}.',
    seq: { iss: 'local' },
  },
  'active-open-from-listen': {
    rfc: `${RFC9293} §3.10.1`,
    en: 'An active open on a listening connection turns it active: SYN with SEQ = ISS = {iss}.',
    seq: { iss: 'local' },
  },
  'close-sends-fin': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'close() was called: once queued data has gone, a FIN+ACK follows, and this side waits in FIN-WAIT-1 for its ACK.',
  },
  'close-in-close-wait': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'close() in CLOSE-WAIT: the peer already closed, so our FIN is the last step; we wait for its ACK.',
  },
  'close-in-listen': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'close() on a listening connection: no peer yet, so the TCB is simply deleted.',
  },
  'close-in-syn-sent': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'close() before the handshake finished: the TCB is deleted and nothing is sent.',
  },
  'close-in-syn-received': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'close() in SYN-RECEIVED with nothing queued: send FIN and enter FIN-WAIT-1.',
  },
  'abort-sends-rst': {
    rfc: `${RFC9293} §3.10.5`,
    en: 'abort(): a RST at SEQ = SND.NXT = {seq} tells the peer to drop the connection at once.',
    seq: { seq: 'local' },
  },
  'abort-silent': {
    rfc: `${RFC9293} §3.10.5`,
    en: 'abort(): no RST is needed here (the peer has no synchronized connection to reset, or has already finished), so the TCB is simply deleted.',
  },
  'send-queued': {
    rfc: `${RFC9293} §3.10.2`,
    en: 'send({bytes}) queued {bytes} bytes; they go out when the connection and window allow.',
  },
  // ---- segments arriving ------------------------------------------------------------------
  'syn-in-listen': {
    rfc: `${RFC9293} §3.10.7.2`,
    en: 'A SYN arrived with SEQ = {seq}: IRS = {seq}, so RCV.NXT = {seq} + 1 = {rcvNxt} (the SYN takes one sequence number).',
    seq: { seq: 'remote', rcvNxt: 'remote' },
  },
  'syn-ack-in-syn-sent': {
    rfc: `${RFC9293} §3.10.7.3`,
    en: 'SYN+ACK arrived: ACK = {ack} = ISS + 1 acknowledges our SYN, and its SEQ = {seq} gives IRS; RCV.NXT = {seq} + 1 = {rcvNxt}.',
    seq: { ack: 'local', seq: 'remote', rcvNxt: 'remote' },
  },
  'syn-in-syn-sent': {
    rfc: `${RFC9293} §3.10.7.3`,
    en: 'A SYN without ACK arrived while our SYN is unanswered: the SYNs crossed (simultaneous open). RCV.NXT = {seq} + 1 = {rcvNxt}.',
    seq: { seq: 'remote', rcvNxt: 'remote' },
  },
  'ack-of-syn': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The ACK of our SYN arrived (ACK = {ack} = ISS + 1): the handshake is complete.',
    seq: { ack: 'local' },
  },
  'syn-ack-in-syn-received': {
    rfc: `${RFC9293} Figure 8`,
    en: 'In a simultaneous open the peer’s SYN+ACK (ACK = {ack}) acknowledges our SYN. A strict reading of §3.10.7.4 would first answer it with an ACK; RFC 9293 Figure 8 and Linux accept it directly.',
    seq: { ack: 'local' },
  },
  'fin-arrived': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The peer’s FIN arrived (SEQ = {seq}): the FIN takes one sequence number, so RCV.NXT = {finSeq} + 1 = {rcvNxt}. The peer will send no more data.',
    seq: { seq: 'remote', finSeq: 'remote', rcvNxt: 'remote' },
  },
  'fin-arrived-closing': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The peer’s FIN arrived (SEQ = {finSeq}) before the ACK of our own FIN: both sides are closing at once (simultaneous close).',
    seq: { finSeq: 'remote' },
  },
  'fin-and-ack-of-fin': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'One segment both acknowledges our FIN (ACK = {ack}) and carries the peer’s FIN (SEQ = {finSeq}): straight to TIME-WAIT.',
    seq: { ack: 'local', finSeq: 'remote' },
  },
  'ack-of-fin': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'Our FIN is acknowledged: ACK = {ack} = FIN’s SEQ {finSeq} + 1.',
    seq: { ack: 'local', finSeq: 'local' },
  },
  'ack-of-fin-in-fin-wait-1': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'Our FIN is acknowledged (ACK = {ack} = {finSeq} + 1). The peer may still send data; we wait for its FIN in FIN-WAIT-2.',
    seq: { ack: 'local', finSeq: 'local' },
  },
  'fin-in-fin-wait-2': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The peer’s FIN arrived (SEQ = {finSeq}); we acknowledge it and wait 2 MSL in TIME-WAIT in case that ACK is lost.',
    seq: { finSeq: 'remote' },
  },
  'time-wait-expired': {
    rfc: `${RFC9293} §3.10.8`,
    en: '2 MSL = {ms} passed in TIME-WAIT: any old duplicate has died out and the peer had time to retransmit its FIN. The TCB is deleted.',
    durations: ['ms'],
  },
  'time-wait-fin-again': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The peer retransmitted its FIN (our last ACK was lost): TIME-WAIT acknowledges it again and restarts 2 MSL. This is why TIME-WAIT exists. (Linux does the same.)',
  },
  'syn-in-time-wait': {
    rfc: 'RFC 9293 §3.6.1 (MAY-2)',
    en: 'A SYN with SEQ = {seq}, after the old RCV.NXT = {oldRcvNxt}, cannot be an old duplicate: TIME-WAIT reopens with ISS = {iss}, above every old number (SND.NXT + 65537, as in Linux).',
    seq: { seq: 'remote', oldRcvNxt: 'remote', iss: 'local' },
  },
  'rst-in-time-wait': {
    rfc: 'RFC 9293 §3.10.7.4, RFC 1337',
    en: 'A RST at RCV.NXT = {seq} ends TIME-WAIT (RFC 9293). RFC 1337 says to ignore it; Linux ends it unless net.ipv4.tcp_rfc1337 = 1 (default 0).',
    seq: { seq: 'remote' },
  },
  'rst-valid': {
    rfc: 'RFC 9293 §3.10.7.4, RFC 5961 §3.2',
    en: 'A RST arrived with SEQ = RCV.NXT = {seq} exactly: the connection is reset.',
    seq: { seq: 'remote' },
  },
  'rst-in-syn-received-passive': {
    rfc: 'RFC 9293 §3.10.7.4, RFC 5961 §3.2',
    en: 'A RST arrived in SYN-RECEIVED on a passively opened connection: back to LISTEN.',
  },
  'rst-in-syn-received-active': {
    rfc: 'RFC 9293 §3.10.7.4, RFC 5961 §3.2',
    en: 'A RST at RCV.NXT = {seq} arrived in SYN-RECEIVED after our own SYN: the connection was refused. (Linux reports ECONNRESET here.)',
    seq: { seq: 'remote' },
  },
  'rst-refused': {
    rfc: `${RFC9293} §3.10.7.3`,
    en: 'A RST acknowledging our SYN (ACK = {ack}) arrived: nobody listens there. The connection is refused.',
    seq: { ack: 'local' },
  },
  'retransmission-limit': {
    rfc: 'RFC 9293 §3.8.3, RFC 6298',
    en: 'The segment at SEQ = {seq} was retransmitted {retries} times without an ACK: TCP gives up (timed out).',
    seq: { seq: 'local' },
  },
  'retransmission-limit-passive': {
    rfc: 'RFC 9293 §3.8.3',
    en: 'The SYN+ACK went unanswered {retries} times: the half-open connection is dropped and the listener keeps listening (as Linux does).',
  },
  'syn-in-syn-received-passive': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'A new SYN inside the window in SYN-RECEIVED on a passive open: back to LISTEN.',
  },
  // ---- segments sent ----------------------------------------------------------------------
  'send-syn': {
    rfc: `${RFC9293} §3.10.1`,
    en: 'SYN: SEQ = ISS = {seq}. It carries MSS {mss}{wsText}{sackText}. No ACK flag: there is nothing to acknowledge yet.',
    seq: { seq: 'local' },
  },
  'send-syn-ack': {
    rfc: `${RFC9293} §3.10.7.2`,
    en: 'SYN+ACK: SEQ = ISS = {seq}; ACK = {basisSeq} + 1 = {ack} because the SYN takes one sequence number.',
    seq: { seq: 'local', ack: 'remote', basisSeq: 'remote' },
  },
  'send-syn-ack-crossed': {
    rfc: `${RFC9293} §3.10.7.3`,
    en: 'SYN+ACK: our SYN again (SEQ = ISS = {seq}), now with ACK = {basisSeq} + 1 = {ack} for the peer’s SYN.',
    seq: { seq: 'local', ack: 'remote', basisSeq: 'remote' },
  },
  'send-ack': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'ACK = {ack}: the next byte we expect from the peer.',
    seq: { ack: 'remote' },
  },
  'send-data': {
    rfc: `${RFC9293} §3.10.2`,
    en: 'Data: SEQ = {seq}, LEN = {len}; the next byte to send is {seq} + {len} = {next}. ACK = {ack}.',
    seq: { seq: 'local', next: 'local', ack: 'remote' },
  },
  'send-fin': {
    rfc: `${RFC9293} §3.10.4`,
    en: 'FIN+ACK: SEQ = {seq}; the FIN takes one sequence number, so its ACK will be {seq} + 1 = {next}. It still carries ACK = {ack}.',
    seq: { seq: 'local', next: 'local', ack: 'remote' },
  },
  retransmit: {
    rfc: 'RFC 6298 §5.4-5.6',
    en: 'Retransmission timer expired after {rto}: resend the earliest unacknowledged segment (SEQ = {seq}) and double the RTO to {nextRto} (attempt {attempt}).',
    durations: ['rto', 'nextRto'],
    seq: { seq: 'local' },
  },
  'retransmit-syn-ack-on-duplicate-syn': {
    rfc: 'Linux tcp_check_req; RFC 9293 §3.10.7.4 would send a bare ACK',
    en: 'The client’s SYN arrived again (our SYN+ACK was lost or is late): retransmit the SYN+ACK and re-arm its timer ({nextRto}), as Linux does. The RFC would answer with a bare ACK.',
    durations: ['nextRto'],
    seq: { seq: 'local' },
  },
  'rst-from-closed-with-ack': {
    rfc: `${RFC9293} §3.10.7.1`,
    en: 'No connection here: answer with RST, SEQ = the segment’s ACK = {seq}.',
    seq: { seq: 'local' },
  },
  'rst-from-closed-without-ack': {
    rfc: `${RFC9293} §3.10.7.1`,
    en: 'No connection here: answer with RST+ACK, SEQ = 0, ACK = SEG.SEQ + SEG.LEN = {segSeq} + {segLen} = {ack}.',
    seq: { segSeq: 'remote', ack: 'remote' },
  },
  'rst-for-unacceptable-ack': {
    rfc: `${RFC9293} §3.10.7`,
    en: 'The segment acknowledges something we never sent (ACK = {segAck}): answer with RST, SEQ = SEG.ACK = {seq}.',
    seq: { segAck: 'local', seq: 'local' },
  },
  'ack-for-unacceptable-segment': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The segment (SEQ = {segSeq}, LEN = {segLen}) is outside the receive window starting at RCV.NXT = {rcvNxt}: an old duplicate or out of window. Drop it and send an ACK.',
    seq: { segSeq: 'remote', rcvNxt: 'remote' },
  },
  'ack-for-future-ack': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The segment acknowledges {segAck}, beyond SND.NXT = {sndNxt}: send an ACK and drop it.',
    seq: { segAck: 'local', sndNxt: 'local' },
  },
  'challenge-ack-rst': {
    rfc: 'RFC 5961 §3.2',
    en: 'A RST inside the window but not at RCV.NXT = {rcvNxt} (SEQ = {segSeq}) could be forged: answer with a challenge ACK instead of resetting.',
    seq: { rcvNxt: 'remote', segSeq: 'remote' },
  },
  'syn-in-time-wait-not-newer': {
    rfc: 'RFC 9293 §3.6.1, §3.10.7.4; RFC 5961 §4.2',
    en: 'A SYN with SEQ = {segSeq}, not after RCV.NXT = {rcvNxt}, may be an old duplicate: no reopening. It gets the old connection’s ACK (as a challenge ACK would) and is dropped; 2 MSL goes on.',
    seq: { segSeq: 'remote', rcvNxt: 'remote' },
  },
  'challenge-ack-syn': {
    rfc: 'RFC 5961 §4.2',
    en: 'A SYN in a synchronized state: answer with a challenge ACK; a peer that really restarted will reply with a RST.',
  },
  'ack-out-of-order': {
    rfc: 'RFC 9293 §3.10.7.4, RFC 5681 §4.2',
    en: 'Segment SEQ = {segSeq} arrived ahead of RCV.NXT = {rcvNxt}: it is held until the gap fills, and a duplicate ACK = {ack} says what is missing.',
    seq: { segSeq: 'remote', rcvNxt: 'remote', ack: 'remote' },
  },
  'attack-forged-segment': {
    rfc: 'RFC 5961 §1, RFC 6528',
    en: 'An off-path attacker, who cannot see this connection, sends a segment forged to come from {address} with the connection’s own ports. It has to guess SEQ = {seq}: the receiver accepts it only if that number is acceptable.',
    seq: { seq: 'local' },
  },
  'network-duplicate': {
    rfc: 'scenario network fault',
    en: 'The network delivered a second copy of segment #{id} (a duplicate the sender never sent twice).',
  },
  'note-isn-seeded': {
    rfc: 'RFC 9293 §3.4.1',
    en: 'ISNs not given in the scenario were drawn from a seeded generator (seed {seed}), so the run is repeatable. Real stacks pick unpredictable ISNs to resist sequence-number guessing (RFC 6528).',
  },
  'note-truncated': {
    rfc: 'simulator limit',
    en: 'The run was stopped after {steps} steps at t = {t}.',
    durations: ['t'],
  },
  'note-states-inferred': {
    rfc: 'RFC 9293 §3.10',
    en: 'States are inferred by running the simulator’s endpoint machine over the captured segments, replaying the application calls each segment implies (SYN: connect, data: send, FIN: close, RST: abort). Timers are not run, so a side in TIME-WAIT when the capture ends is shown there.',
  },
  // ---- notices ----------------------------------------------------------------------------
  'notice-connection-reset': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The application is told: connection reset.',
  },
  'notice-connection-refused': {
    rfc: `${RFC9293} §3.10.7.3`,
    en: 'The application is told: connection refused (ECONNREFUSED in the sockets API; RFC 9293 words it "error: connection reset").',
  },
  'notice-timed-out': {
    rfc: `${RFC9293} §3.8.3`,
    en: 'The application is told: connection timed out.',
  },
  'notice-end-of-stream': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'The application reads end-of-stream: the peer closed its direction after {bytes} bytes.',
  },
  'notice-data-held': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'Held out-of-order data is now in order: RCV.NXT moves to {rcvNxt}.',
    seq: { rcvNxt: 'remote' },
  },
  'discard-rst-unacceptable': {
    rfc: `${RFC9293} §3.10.7`,
    en: 'A RST that does not match this connection is silently dropped.',
  },
  'discard-rst-in-listen': {
    rfc: `${RFC9293} §3.10.7.2`,
    en: 'A RST in LISTEN is ignored.',
  },
  'discard-no-ack': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'A segment without the ACK flag in a synchronized state is dropped.',
  },
  'discard-other': {
    rfc: `${RFC9293} §3.10.7`,
    en: 'The segment means nothing in {state} and is dropped.',
  },
  'data-ignored-after-fin': {
    rfc: `${RFC9293} §3.10.7.4`,
    en: 'Data after the peer’s FIN is ignored.',
  },
} as const satisfies Record<string, ReasonEntry>;

/** A reason code. */
export type ReasonCode = keyof typeof REASONS;

/**
 * The Linux profile's reasons (linux-reasons.ts, not in the first view) name their sequence
 * numbers by one convention, so the narration needs no table of them: `seq` is the endpoint's
 * own, `ack` and `finSeq` the peer's.
 */
const LINUX_SEQ_PARAMS: Readonly<Record<string, SeqSpace>> = {
  seq: 'local',
  ack: 'remote',
  finSeq: 'remote',
};

/** The sequence-number parameters of a reason code (none for an unknown code). */
export function seqParamsOf(code: string): Readonly<Record<string, SeqSpace>> {
  const entry = (REASONS as Record<string, ReasonEntry | undefined>)[code];
  return entry?.seq ?? (code.startsWith('linux-') ? LINUX_SEQ_PARAMS : {});
}

/** The parameters of a reason code that are durations in ms (none for an unknown code). */
export function durationParamsOf(code: string): readonly string[] {
  const entry = (REASONS as Record<string, ReasonEntry | undefined>)[code];
  return entry?.durations ?? [];
}

/** The reason for `code`, with exactly the parameters its template names. */
export function why<C extends ReasonCode>(
  code: C,
  ...[params]: ParamsArgument<ReasonParams[C]>
): Extract<ReasonWhy, { code: C }> {
  // TypeScript cannot follow the code-to-params correlation through a generic; the signature
  // above checks every call site.
  return { code, rfc: REASONS[code].rfc, params: params ?? {} } as Extract<ReasonWhy, { code: C }>;
}

/** Fills a template's `{name}` placeholders from params. */
export function fillTemplate(template: string, params: WhyParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
