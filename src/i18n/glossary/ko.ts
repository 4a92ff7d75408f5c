/** 상태, 플래그, 번호의 한국어 용어집. */
import type { GlossaryMessages } from './messages.ts';
import { term } from './vocabulary.ts';

export const glossaryKo: GlossaryMessages = {
  title: '용어집',
  intro: '상태 이름은 RFC 9293의 표기를 그대로 써서, 다이어그램과 RFC를 나란히 읽을 수 있습니다.',
  statesHeading: '연결 상태 (RFC 9293 §3.3.2)',
  flagsHeading: '제어 플래그',
  termsHeading: '번호와 타이머',
  states: {
    CLOSED: '연결이 전혀 없는 상태입니다. 연결에 대해 기억하는 것이 없습니다.',
    LISTEN: '서버가 어느 클라이언트에서든 연결 요청(SYN)이 오기를 기다립니다.',
    'SYN-SENT': '자신의 SYN을 보냈고, 상대의 SYN과 자기 SYN에 대한 ACK를 기다립니다.',
    'SYN-RECEIVED': 'SYN을 받고 자신의 SYN도 보냈으며, 이를 확인해 줄 ACK를 기다립니다.',
    ESTABLISHED: '연결이 열린 상태입니다. 데이터가 양방향으로 오갑니다.',
    'FIN-WAIT-1': '자기 쪽을 닫고 FIN을 보냈습니다. 그 FIN의 ACK나 상대의 FIN을 기다립니다.',
    'FIN-WAIT-2': '자신의 FIN이 확인되었고, 상대가 닫기(상대의 FIN)를 기다립니다.',
    'CLOSE-WAIT': '상대가 자기 쪽을 닫았습니다(FIN 도착). 자기 애플리케이션이 닫기를 기다립니다.',
    CLOSING: '양쪽이 동시에 FIN을 보냈습니다. 자기 FIN에 대한 ACK를 기다립니다.',
    'LAST-ACK': '상대에 이어 자신도 닫았습니다. 자기 FIN의 ACK가 오면 연결이 사라집니다.',
    'TIME-WAIT':
      '마지막 ACK를 보냈습니다. 그 ACK가 유실되면 다시 보낼 수 있도록, 또 옛 세그먼트가 사라지도록 2 MSL 동안 기다립니다.',
  },
  flags: {
    CWR: {
      name: 'Congestion Window Reduced',
      meaning: 'ECE를 받고 송신 속도를 줄였다는 표시(ECN)입니다.',
    },
    ECE: { name: 'ECN-Echo', meaning: '경로에서 네트워크가 혼잡을 표시했다는 알림(ECN)입니다.' },
    URG: { name: 'Urgent', meaning: '긴급 포인터 필드가 유효합니다. 요즘은 거의 쓰지 않습니다.' },
    ACK: {
      name: 'Acknowledgment',
      meaning: '확인 응답 번호가 유효합니다. 첫 SYN 이후의 모든 세그먼트에 켜져 있습니다.',
    },
    PSH: { name: 'Push', meaning: '더 기다리지 말고 데이터를 애플리케이션에 넘기라는 표시입니다.' },
    RST: { name: 'Reset', meaning: '연결을 거부하거나 즉시 끊습니다.' },
    SYN: {
      name: 'Synchronize',
      meaning: '연결을 열며 ISN을 알립니다. 순서 번호 하나를 차지합니다.',
    },
    FIN: {
      name: 'Finish',
      meaning: '보낼 데이터가 더 없어 자기 쪽을 닫습니다. 순서 번호 하나를 차지합니다.',
    },
  },
  terms: {
    isn: {
      term: 'ISN',
      meaning: `${term('ko', 'initialSequenceNumber')}: 한쪽이 자기 바이트를 세기 시작하는 번호입니다.`,
    },
    seq: {
      term: 'SEQ',
      meaning: '세그먼트의 첫 바이트(또는 SYN이나 FIN)가 보내는 쪽의 셈에서 받는 번호입니다.',
    },
    ack: {
      term: `${term('ko', 'acknowledgmentNumber')}(ACK)`,
      meaning: '받는 쪽이 다음에 기다리는 번호: SEQ + LEN, SYN이나 FIN이면 1을 더합니다.',
    },
    len: { term: 'LEN', meaning: '세그먼트에 실린 데이터의 바이트 수입니다.' },
    window: { term: '윈도우', meaning: '받는 쪽이 지금 더 받을 수 있는 바이트 수입니다.' },
    mss: {
      term: 'MSS',
      meaning: '최대 세그먼트 크기: 세그먼트 하나에 실을 수 있는 최대 데이터입니다.',
    },
    rto: {
      term: 'RTO',
      meaning: '재전송 시간 제한: 제때 ACK가 오지 않으면 세그먼트를 다시 보냅니다(RFC 6298).',
    },
    msl: {
      term: 'MSL',
      meaning: '최대 세그먼트 수명(RFC 9293에서는 2분). TIME-WAIT는 2 MSL 동안 이어집니다.',
    },
  },
};
