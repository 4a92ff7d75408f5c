/**
 * Behaviour profiles: RFC 9293 as written, or Linux as its kernel behaves. Each Linux constant
 * is the kernel's own default, named as the kernel names it, with the file that defines it.
 */

/** Which stack a run behaves as: the RFC (the default) or Linux. */
export type Profile = 'rfc9293' | 'linux';

/** The Linux kernel's defaults that change a connection-management trace. */
export const LINUX = {
  /** include/net/tcp.h: TCP_TIMEWAIT_LEN (60*HZ), how long TIME-WAIT lasts, whatever the MSL. */
  timeWaitMs: 60_000,
  /** include/net/tcp.h: TCP_DELACK_MIN (HZ/25) = TCP_ATO_MIN, the delayed-ACK timeout. */
  delayedAckMs: 40,
  /** include/net/tcp.h: TCP_MAX_QUICKACKS, ACKs sent at once at the start of a connection. */
  maxQuickAcks: 16,
  /** include/net/tcp.h: TCP_SYN_RETRIES, the default of sysctl net.ipv4.tcp_syn_retries. */
  synRetries: 6,
  /** include/net/tcp.h: TCP_SYNACK_RETRIES, the default of sysctl net.ipv4.tcp_synack_retries. */
  synAckRetries: 5,
  /** include/net/tcp.h: TCP_FIN_TIMEOUT (= TCP_TIMEWAIT_LEN), sysctl net.ipv4.tcp_fin_timeout. */
  finTimeoutMs: 60_000,
  /** include/net/tcp.h: TCP_RTO_MAX (120*HZ), the ceiling of the backed-off RTO. */
  rtoMaxMs: 120_000,
} as const;
