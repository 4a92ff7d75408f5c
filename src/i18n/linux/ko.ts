/** A Linux-profile run's words in Korean, with the English templates' placeholders. */
import type { LinuxMessages } from './messages.ts';

export const linuxKo: LinuxMessages = {
  reasons: {
    'linux-abort-sends-rst-ack':
      'abort(): Linux는 ACK 없는 RST가 아니라 RST+ACK를 보냅니다. SEQ = SND.NXT = {seq}, ACK = RCV.NXT = {ack}입니다. 동기화된 소켓에서 만드는 모든 세그먼트에 ACK를 싣기 때문입니다. RFC 9293 §3.10.5는 <SEQ=SND.NXT><CTL=RST>를 보냅니다.',
    'linux-fin-in-fin-wait-2':
      '상대의 FIN이 도착했습니다(SEQ = {finSeq}). Linux는 바로 ACK하고 2 MSL이 아니라 TCP_TIMEWAIT_LEN = 60초(include/net/tcp.h) 동안 TIME-WAIT에서 기다립니다.',
    'linux-time-wait-expired':
      'TIME-WAIT가 TCP_TIMEWAIT_LEN = {ms}ms 동안 이어졌습니다. 커널에 컴파일된 상수로, MSL과 상관이 없습니다(RFC 9293은 2 MSL = 4분을 요구합니다). timewait 소켓을 지웁니다.',
    'linux-time-wait-fin-again':
      '상대가 FIN을 재전송했습니다. timewait 소켓이 다시 ACK하고 TIME-WAIT를 TCP_TIMEWAIT_LEN = {ms}ms로 다시 시작합니다.',
    'linux-syn-retries-exhausted':
      'SYN이 tcp_syn_retries = {retries}번 재전송되는 동안 답이 없었습니다(기본값 TCP_SYN_RETRIES, include/net/tcp.h). 1 + 2 + 4 + … 초씩 물러나므로 connect()는 첫 SYN 뒤 {s}초에 ETIMEDOUT으로 실패합니다.',
    'linux-synack-retries-exhausted':
      'SYN+ACK가 tcp_synack_retries = {retries}번 재전송되는 동안 답이 없었습니다(기본값 TCP_SYNACK_RETRIES, include/net/tcp.h). 요청 소켓을 버리고 리스너는 계속 LISTEN합니다.',
    'linux-fin-wait-2-timeout':
      'close()로 이 소켓은 애플리케이션과 끊겼는데 상대가 FIN을 보내지 않았습니다. FIN-WAIT-2에서 tcp_fin_timeout = {ms}ms(기본값 TCP_FIN_TIMEOUT, include/net/tcp.h)가 지나면 Linux는 아무것도 보내지 않고 소켓을 지웁니다. RFC 9293이라면 FIN-WAIT-2에서 끝없이 기다립니다.',
    'linux-ack-delayed':
      'Linux는 이 세그먼트의 ACK를 최대 TCP_DELACK_MIN = {ms}ms(include/net/tcp.h) 동안 붙잡아, 데이터나 FIN에 실어 보내려 합니다. 빠른 ACK(quick-ACK) 모드가 끝났습니다: 이쪽이 대화형(pingpong 모드, FIN은 언제나 이 모드로 들어갑니다, tcp_fin)이거나 TCP_MAX_QUICKACKS개의 빠른 ACK를 다 썼습니다.',
    'linux-delayed-ack-sent':
      '지연 ACK 타이머가 {ms}ms 뒤에 만료되었고 함께 보낼 것이 없습니다. ACK = {ack}만 따로 나가고, Linux는 대화형(pingpong) 모드를 벗어납니다.',
    'linux-ack-piggybacked':
      '이 세그먼트가 ACK = {ack}를 싣고 있으므로, 붙잡아 둔 지연 ACK가 함께 나가고 그 타이머는 지워집니다. 따로 ACK를 보내지 않습니다.',
  },
};
