/**
 * Korean templates for the core's reason codes (src/sim/reasons.ts), with the same `{name}`
 * placeholders. A test checks that every code has one and that the placeholders match.
 */
import type { ReasonCode } from '../sim/index.ts';

/** Reasons the capture importer gives for observed segments. */
export type CaptureReasonCode =
  'captured-segment' | 'retransmission' | 'duplicate-segment' | 'keep-alive';

export const reasonsKo: Record<ReasonCode | CaptureReasonCode, string> = {
  // ---- application calls ------------------------------------------------------------------
  'passive-open': 'listen()이 호출되었습니다. 수동 열기(passive open)로 SYN을 기다립니다.',
  'active-open':
    'connect()가 호출되었습니다. 능동 열기(active open)로 SEQ = ISS = {iss}인 SYN을 보냅니다.',
  'active-open-from-listen':
    'LISTEN 중인 연결에서 능동 열기를 하면 능동 연결로 바뀝니다: SEQ = ISS = {iss}인 SYN.',
  'close-sends-fin':
    'close()가 호출되었습니다. 대기 중인 데이터를 다 보낸 뒤 FIN+ACK를 보내고, 그 ACK를 FIN-WAIT-1에서 기다립니다.',
  'close-in-close-wait':
    'CLOSE-WAIT에서 close(): 상대는 이미 닫았으므로 우리의 FIN이 마지막 단계입니다. 그 ACK를 기다립니다.',
  'close-in-listen': 'LISTEN 중 close(): 아직 상대가 없으므로 TCB를 그냥 지웁니다.',
  'close-in-syn-sent': '핸드셰이크가 끝나기 전에 close(): TCB를 지우고 아무것도 보내지 않습니다.',
  'close-in-syn-received':
    '보낼 데이터가 없는 SYN-RECEIVED에서 close(): FIN을 보내고 FIN-WAIT-1로 갑니다.',
  'abort-sends-rst':
    'abort(): SEQ = SND.NXT = {seq}인 RST로 상대에게 연결을 즉시 버리라고 알립니다.',
  'abort-silent':
    'abort(): 여기서는 RST가 필요 없습니다(상대에게 동기화된 연결이 없거나 이미 끝났습니다). TCB만 지웁니다.',
  'send-queued':
    'send({bytes})로 {bytes}바이트가 대기열에 들어갔습니다. 연결과 윈도가 허락하면 전송됩니다.',
  // ---- segments arriving ------------------------------------------------------------------
  'syn-in-listen':
    'SEQ = {seq}인 SYN이 도착했습니다. IRS = {seq}이므로 RCV.NXT = {seq} + 1 = {rcvNxt}입니다(SYN은 순서 번호 하나를 차지합니다).',
  'syn-ack-in-syn-sent':
    'SYN+ACK가 도착했습니다. ACK = {ack} = ISS + 1로 우리 SYN이 확인되었고, SEQ = {seq}가 IRS가 되어 RCV.NXT = {seq} + 1 = {rcvNxt}입니다.',
  'syn-in-syn-sent':
    '우리 SYN에 답이 오기 전에 ACK 없는 SYN이 도착했습니다. SYN이 엇갈렸습니다(동시 열기). RCV.NXT = {seq} + 1 = {rcvNxt}.',
  'ack-of-syn':
    '우리 SYN에 대한 ACK가 도착했습니다(ACK = {ack} = ISS + 1). 핸드셰이크가 끝났습니다.',
  'syn-ack-in-syn-received':
    '동시 열기에서 상대의 SYN+ACK(ACK = {ack})가 우리 SYN을 확인합니다. §3.10.7.4를 엄격히 읽으면 먼저 ACK로 답해야 하지만, RFC 9293 그림 8과 리눅스는 바로 받아들입니다.',
  'fin-arrived':
    '상대의 FIN이 도착했습니다(SEQ = {seq}). FIN은 순서 번호 하나를 차지하므로 RCV.NXT = {finSeq} + 1 = {rcvNxt}입니다. 상대는 더 이상 데이터를 보내지 않습니다.',
  'fin-arrived-closing':
    '우리 FIN의 ACK보다 상대의 FIN(SEQ = {finSeq})이 먼저 도착했습니다. 양쪽이 동시에 닫는 중입니다(동시 종료).',
  'fin-and-ack-of-fin':
    '한 세그먼트가 우리 FIN을 확인하면서(ACK = {ack}) 상대의 FIN(SEQ = {finSeq})도 싣고 왔습니다. 곧바로 TIME-WAIT로 갑니다.',
  'ack-of-fin': '우리 FIN이 확인되었습니다: ACK = {ack} = FIN의 SEQ {finSeq} + 1.',
  'ack-of-fin-in-fin-wait-1':
    '우리 FIN이 확인되었습니다(ACK = {ack} = {finSeq} + 1). 상대는 아직 데이터를 보낼 수 있으므로 FIN-WAIT-2에서 상대의 FIN을 기다립니다.',
  'fin-in-fin-wait-2':
    '상대의 FIN이 도착했습니다(SEQ = {finSeq}). 이를 확인 응답하고, 그 ACK가 사라질 경우에 대비해 TIME-WAIT에서 2 MSL 동안 기다립니다.',
  'time-wait-expired':
    'TIME-WAIT에서 2 MSL = {ms} 시간이 지났습니다. 옛 중복 세그먼트는 모두 사라졌고 상대도 FIN을 재전송할 시간이 충분했습니다. TCB를 지웁니다.',
  'time-wait-fin-again':
    '상대가 FIN을 재전송했습니다(우리의 마지막 ACK가 사라졌습니다). TIME-WAIT는 이를 다시 확인 응답하고 2 MSL을 새로 시작합니다. TIME-WAIT가 존재하는 이유입니다. (리눅스도 똑같이 합니다.)',
  'syn-in-time-wait':
    '이전 RCV.NXT = {oldRcvNxt}보다 뒤인 SEQ = {seq}의 SYN은 오래된 중복일 수 없습니다. TIME-WAIT가 ISS = {iss}(이전 모든 번호보다 큰 SND.NXT + 65537, 리눅스와 같음)로 연결을 다시 엽니다.',
  'rst-in-time-wait':
    'RCV.NXT = {seq}의 RST가 TIME-WAIT를 끝냅니다(RFC 9293). RFC 1337은 무시하라고 하고, 리눅스는 net.ipv4.tcp_rfc1337 = 1이 아니면(기본값 0) 끝냅니다.',
  'rst-valid': 'SEQ가 정확히 RCV.NXT = {seq}인 RST가 도착했습니다. 연결이 리셋됩니다.',
  'rst-in-syn-received-passive':
    '수동으로 열린 연결이 SYN-RECEIVED에서 RST를 받았습니다. LISTEN으로 돌아갑니다.',
  'rst-in-syn-received-active':
    '우리 SYN을 보낸 뒤 SYN-RECEIVED에서 RCV.NXT = {seq} 위치의 RST가 도착했습니다. 연결이 거부되었습니다. (리눅스는 여기서 ECONNRESET을 알립니다.)',
  'rst-refused':
    '우리 SYN을 확인하는 RST(ACK = {ack})가 도착했습니다. 그 포트에서 기다리는 쪽이 없습니다. 연결이 거부되었습니다.',
  'retransmission-limit':
    'SEQ = {seq}인 세그먼트를 {retries}번 재전송했지만 ACK가 없습니다. TCP가 포기합니다(시간 초과).',
  'retransmission-limit-passive':
    'SYN+ACK에 {retries}번이나 응답이 없습니다. 반쯤 열린 연결을 버리고, 리스너는 계속 기다립니다(리눅스와 같습니다).',
  'syn-in-syn-received-passive':
    '수동 열기의 SYN-RECEIVED에서 윈도 안에 새 SYN이 도착했습니다. LISTEN으로 돌아갑니다.',
  // ---- segments sent ----------------------------------------------------------------------
  'send-syn':
    'SYN: SEQ = ISS = {seq}. MSS {mss}{wsText}{sackText} 옵션을 싣습니다. 아직 확인할 것이 없으므로 ACK 플래그는 없습니다.',
  'send-syn-ack':
    'SYN+ACK: SEQ = ISS = {seq}. 상대의 SYN이 순서 번호 하나를 차지하므로 ACK = {basisSeq} + 1 = {ack}입니다.',
  'send-syn-ack-crossed':
    'SYN+ACK: 우리 SYN을 다시 보내되(SEQ = ISS = {seq}), 이제 상대 SYN에 대한 ACK = {basisSeq} + 1 = {ack}를 함께 싣습니다.',
  'send-ack': 'ACK = {ack}: 상대에게서 다음에 받을 바이트 번호입니다.',
  'send-data':
    '데이터: SEQ = {seq}, LEN = {len}. 다음에 보낼 바이트는 {seq} + {len} = {next}입니다. ACK = {ack}.',
  'send-fin':
    'FIN+ACK: SEQ = {seq}. FIN은 순서 번호 하나를 차지하므로 이에 대한 ACK는 {seq} + 1 = {next}가 됩니다. ACK = {ack}도 여전히 싣습니다.',
  retransmit:
    '{rto} 뒤 재전송 타이머가 만료되었습니다. 확인되지 않은 가장 앞의 세그먼트(SEQ = {seq})를 다시 보내고 RTO를 두 배로 늘립니다(새 RTO {nextRto}, {attempt}번째 시도).',
  'retransmit-syn-ack-on-duplicate-syn':
    '클라이언트의 SYN이 다시 도착했습니다(우리 SYN+ACK가 사라졌거나 늦었습니다). 리눅스처럼 SYN+ACK를 재전송하고 타이머({nextRto})를 다시 겁니다. RFC대로라면 빈 ACK로 답합니다.',
  'rst-from-closed-with-ack':
    '여기에는 연결이 없습니다. RST로 답하며, SEQ = 받은 세그먼트의 ACK = {seq}입니다.',
  'rst-from-closed-without-ack':
    '여기에는 연결이 없습니다. RST+ACK로 답합니다: SEQ = 0, ACK = SEG.SEQ + SEG.LEN = {segSeq} + {segLen} = {ack}.',
  'rst-for-unacceptable-ack':
    '우리가 보낸 적 없는 것을 확인하는 세그먼트입니다(ACK = {segAck}). RST로 답하며 SEQ = SEG.ACK = {seq}입니다.',
  'ack-for-unacceptable-segment':
    '세그먼트(SEQ = {segSeq}, LEN = {segLen})가 RCV.NXT = {rcvNxt}에서 시작하는 수신 윈도 밖에 있습니다. 옛 중복이거나 윈도 밖이므로 버리고 ACK를 보냅니다.',
  'ack-for-future-ack':
    '세그먼트가 SND.NXT = {sndNxt}를 넘어선 {segAck}를 확인합니다. ACK를 보내고 세그먼트는 버립니다.',
  'challenge-ack-rst':
    '윈도 안에 있지만 RCV.NXT = {rcvNxt}와 정확히 같지 않은 RST(SEQ = {segSeq})는 위조일 수 있습니다. 리셋하지 않고 챌린지 ACK로 답합니다.',
  'syn-in-time-wait-not-newer':
    'RCV.NXT = {rcvNxt}보다 뒤가 아닌 SEQ = {segSeq}의 SYN은 오래된 중복일 수 있어 다시 열지 않습니다. 이전 연결의 ACK(챌린지 ACK와 같음)를 보내고 버리며, 2 MSL은 계속됩니다.',
  'challenge-ack-syn':
    '동기화된 상태에서 SYN이 왔습니다. 챌린지 ACK로 답합니다. 상대가 정말 재시작했다면 RST로 답할 것입니다.',
  'ack-out-of-order':
    'SEQ = {segSeq}인 세그먼트가 RCV.NXT = {rcvNxt}보다 앞서 도착했습니다. 빈틈이 채워질 때까지 보관하고, 중복 ACK = {ack}로 무엇이 빠졌는지 알립니다.',
  'attack-forged-segment':
    '이 연결을 볼 수 없는 경로 밖 공격자가 출발지를 {address}(으)로, 포트는 연결의 포트 그대로 위조한 세그먼트를 보냅니다. SEQ = {seq}은(는) 추측한 값입니다. 받는 쪽은 그 번호가 받아들일 만할 때만 세그먼트를 받아들입니다.',
  'network-duplicate':
    '네트워크가 세그먼트 #{id}의 사본을 하나 더 전달했습니다(보낸 쪽은 한 번만 보냈습니다).',
  'note-isn-seeded':
    '시나리오에 없는 ISN은 시드 {seed}인 난수 생성기에서 뽑았으므로 실행 결과가 매번 같습니다. 실제 스택은 순서 번호 추측 공격을 막기 위해 예측할 수 없는 ISN을 고릅니다(RFC 6528).',
  'note-truncated': '{steps}단계를 넘어 t = {t}에서 실행을 멈췄습니다.',
  'note-states-inferred':
    '상태는 캡처된 세그먼트를 시뮬레이터의 종단점 상태 기계에 넣어 추론한 것입니다. 각 세그먼트가 뜻하는 애플리케이션 호출(SYN: connect, 데이터: send, FIN: close, RST: abort)을 재현합니다. 타이머는 돌리지 않으므로, 캡처가 끝날 때 TIME-WAIT인 쪽은 그대로 TIME-WAIT로 보입니다.',
  // ---- notices ----------------------------------------------------------------------------
  'notice-connection-reset': '애플리케이션에 알립니다: 연결이 리셋되었습니다.',
  'notice-connection-refused':
    '애플리케이션에 알립니다: 연결이 거부되었습니다(소켓 API의 ECONNREFUSED, RFC 9293의 표현으로는 "error: connection reset").',
  'notice-timed-out': '애플리케이션에 알립니다: 연결 시간이 초과되었습니다.',
  'notice-end-of-stream':
    '애플리케이션이 스트림의 끝(EOF)을 읽습니다. 상대는 {bytes}바이트를 보낸 뒤 자기 방향을 닫았습니다.',
  'notice-data-held':
    '보관해 둔 순서 밖 데이터가 이제 순서대로 이어집니다. RCV.NXT가 {rcvNxt}로 이동합니다.',
  'discard-rst-unacceptable': '이 연결과 맞지 않는 RST는 조용히 버립니다.',
  'discard-rst-in-listen': 'LISTEN에서 받은 RST는 무시합니다.',
  'discard-no-ack': '동기화된 상태에서 ACK 플래그가 없는 세그먼트는 버립니다.',
  'discard-other': '{state}에서는 의미 없는 세그먼트이므로 버립니다.',
  'data-ignored-after-fin': '상대의 FIN 이후에 온 데이터는 무시합니다.',
  // ---- captured segments ------------------------------------------------------------------
  'captured-segment': '프레임 {frame}에서 캡처된 세그먼트입니다.',
  retransmission: '프레임 {frame}: 이미 보낸 순서 번호 공간을 다시 보냅니다. 재전송입니다.',
  'duplicate-segment':
    '프레임 {frame}: 프레임 {originalFrame}의 사본입니다(같은 IP ID 또는 타임스탬프). 네트워크나 캡처가 복제했습니다.',
  'keep-alive': '프레임 {frame}: 킵얼라이브(keep-alive) 탐침입니다.',
};
