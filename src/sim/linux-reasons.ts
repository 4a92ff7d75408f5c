/**
 * The reasons only a Linux-profile run gives, each naming the kernel behaviour, its sysctl or
 * constant and the source file. They live apart from REASONS (reasons.ts), which the first view
 * loads with the English catalogue: a Linux trace is never in the first view, so these texts
 * load with the Linux catalogue (src/i18n/linux/) when one is shown. Their sequence numbers
 * follow one naming convention (`seq` ours, `ack` and `finSeq` the peer's: seqParamsOf).
 */
import { describe } from './describe.ts';
import { fillTemplate, type ReasonEntry } from './reasons.ts';
import type { LinuxReasonParams, LinuxWhy, ParamsArgument, TraceNote, Why } from './why.ts';

/** The Linux catalogue: code -> kernel source, English template and sequence parameters. */
export const LINUX_REASONS = {
  'linux-abort-sends-rst-ack': {
    rfc: 'Linux tcp_send_active_reset, net/ipv4/tcp_output.c',
    en: 'abort(): Linux sends RST+ACK, not a bare RST: SEQ = SND.NXT = {seq} and ACK = RCV.NXT = {ack}, as every segment it builds from a synchronized socket carries ACK. RFC 9293 §3.10.5 sends <SEQ=SND.NXT><CTL=RST>.',
  },
  'linux-fin-in-fin-wait-2': {
    rfc: 'Linux tcp_fin and tcp_time_wait, net/ipv4/tcp_input.c, net/ipv4/tcp_minisocks.c',
    en: 'The peer’s FIN arrived (SEQ = {finSeq}); Linux acknowledges it at once and waits in TIME-WAIT for TCP_TIMEWAIT_LEN = 60 s (include/net/tcp.h), not 2 MSL.',
  },
  'linux-time-wait-expired': {
    rfc: 'Linux TCP_TIMEWAIT_LEN, include/net/tcp.h; net/ipv4/tcp_minisocks.c',
    en: 'TIME-WAIT lasted TCP_TIMEWAIT_LEN = {ms} ms, a constant compiled into the kernel and independent of any MSL (RFC 9293 asks for 2 MSL = 4 minutes). The timewait socket is deleted.',
  },
  'linux-time-wait-fin-again': {
    rfc: 'Linux tcp_timewait_state_process, net/ipv4/tcp_minisocks.c',
    en: 'The peer retransmitted its FIN: the timewait socket acknowledges it again and restarts TIME-WAIT with TCP_TIMEWAIT_LEN = {ms} ms.',
  },
  'linux-syn-retries-exhausted': {
    rfc: 'Linux tcp_write_timeout, net/ipv4/tcp_timer.c; sysctl net.ipv4.tcp_syn_retries',
    en: 'The SYN went unanswered after tcp_syn_retries = {retries} retransmissions (default TCP_SYN_RETRIES, include/net/tcp.h): 1 + 2 + 4 + … s of backoff, so connect() fails with ETIMEDOUT {s} s after the first SYN.',
  },
  'linux-synack-retries-exhausted': {
    rfc: 'Linux reqsk_timer_handler, net/ipv4/inet_connection_sock.c; sysctl net.ipv4.tcp_synack_retries',
    en: 'The SYN+ACK went unanswered after tcp_synack_retries = {retries} retransmissions (default TCP_SYNACK_RETRIES, include/net/tcp.h): the request socket is dropped and the listener keeps listening.',
  },
  'linux-fin-wait-2-timeout': {
    rfc: 'Linux tcp_close and tcp_time_wait(TCP_FIN_WAIT2), net/ipv4/tcp.c, net/ipv4/tcp_minisocks.c; sysctl net.ipv4.tcp_fin_timeout',
    en: 'close() orphaned this socket and the peer never sent its FIN: after tcp_fin_timeout = {ms} ms in FIN-WAIT-2 (default TCP_FIN_TIMEOUT, include/net/tcp.h) Linux deletes it without sending anything. RFC 9293 would wait in FIN-WAIT-2 for ever.',
  },
  'linux-ack-delayed': {
    rfc: 'Linux __tcp_ack_snd_check, net/ipv4/tcp_input.c; tcp_send_delayed_ack, net/ipv4/tcp_output.c',
    en: 'Linux holds the ACK of this segment for up to TCP_DELACK_MIN = {ms} ms (include/net/tcp.h), hoping to send it with data or a FIN. Quick-ACK mode is over: this side answers interactively (pingpong mode; a FIN always enters it, tcp_fin), or its TCP_MAX_QUICKACKS quick ACKs are used up.',
  },
  'linux-delayed-ack-sent': {
    rfc: 'Linux tcp_delack_timer, net/ipv4/tcp_timer.c',
    en: 'The delayed-ACK timer fired after {ms} ms with nothing to send: the ACK = {ack} goes out alone, and Linux leaves interactive (pingpong) mode.',
  },
  'linux-ack-piggybacked': {
    rfc: 'Linux tcp_event_ack_sent, net/ipv4/tcp_output.c',
    en: 'This segment carries ACK = {ack}, so the delayed ACK it was holding is sent with it and its timer is cleared: no separate ACK follows.',
  },
} as const satisfies Record<string, ReasonEntry>;

/** A Linux reason code. */
export type LinuxReasonCode = keyof typeof LINUX_REASONS;

/** The reason for a Linux code, with exactly the parameters its template names. */
export function linuxWhy<C extends LinuxReasonCode>(
  code: C,
  ...[params]: ParamsArgument<LinuxReasonParams[C]>
): Extract<LinuxWhy, { code: C }> {
  // As why() in reasons.ts: the signature checks every call site.
  return { code, rfc: LINUX_REASONS[code].rfc, params: params ?? {} } as Extract<
    LinuxWhy,
    { code: C }
  >;
}

/** Whether a reason is one of the Linux profile's. */
export function isLinuxReason(w: Why | TraceNote): boolean {
  return Object.hasOwn(LINUX_REASONS, w.code);
}

/** The English sentence of a core or Linux reason: what a Linux run's `reason` fields say. */
export function describeWithLinux(w: Why | TraceNote): string {
  if (!isLinuxReason(w)) return describe(w);
  const entry = (LINUX_REASONS as Record<string, ReasonEntry | undefined>)[w.code];
  return entry === undefined ? describe(w) : `${fillTemplate(entry.en, w.params)} (${w.rfc})`;
}
