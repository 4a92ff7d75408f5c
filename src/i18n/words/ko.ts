/** 한국어: 전이의 원인, 애플리케이션이 듣는 말, 위조된 주소. */
import { term } from '../glossary/vocabulary.ts';
import type { NumbersText, WordsMessages } from './messages.ts';

const nums = (n: NumbersText): string =>
  n.ack === null ? `SEQ ${n.seq}, LEN ${n.len}` : `SEQ ${n.seq}, ACK ${n.ack}, LEN ${n.len}`;

export const wordsKo: WordsMessages = {
  cause: {
    listen: 'listen() 호출',
    connect: 'connect() 호출',
    close: 'close() 호출 (CLOSE)',
    abort: 'abort() 호출 (ABORT)',
    'rcv-syn': 'SYN 수신',
    'rcv-syn-ack': 'SYN+ACK 수신',
    'rcv-ack': 'ACK 수신',
    'rcv-fin': 'FIN 수신',
    'rcv-fin-ack': 'FIN+ACK 수신',
    'rcv-rst': 'RST 수신',
    timeout: `재전송 한도 초과(${term('ko', 'timedOut')})`,
    'time-wait': '2 MSL 경과',
  },
  transitionCaption: (who, from, to, cause) => `${who}: ${from} → ${to}, ${cause}`,
  told: (endpoint, code) => {
    switch (code) {
      case 'notice-connection-reset':
        return `${endpoint} 애플리케이션이 통보받습니다: 연결이 리셋되었습니다.`;
      case 'notice-connection-refused':
        return `${endpoint} 애플리케이션이 통보받습니다: 연결이 거부되었습니다.`;
      case 'notice-timed-out':
        return `${endpoint} 애플리케이션이 통보받습니다: 연결 시간이 초과되었습니다.`;
      case 'notice-end-of-stream':
        return `${endpoint} 애플리케이션이 스트림의 끝을 읽습니다: 상대는 더 이상 데이터를 보내지 않습니다.`;
      case 'notice-data-held':
        return `${endpoint} 애플리케이션이 순서가 어긋나 보류되었던 데이터를 이제 읽을 수 있습니다.`;
    }
  },
  notTold: (endpoint) =>
    `${endpoint}의 TCP가 이 세그먼트를 스스로 처리합니다. 애플리케이션에는 알리지 않습니다.`,
  sendForged: (flags, address, n) =>
    `공격자가 출발지 주소를 위조해 보냅니다(위조 주소 ${address}): ${flags} (${nums(n)}).`,
  sendForgedAs: (as, to, flags, n) =>
    `경로 밖 공격자가 ${as}인 척 ${to}에게 보냅니다: ${flags} (${nums(n)}).`,
  forged: '위조',
  sendToForged: (from, flags, address, n) =>
    `${from}가 위조된 주소(${address})로 보냅니다: ${flags} (${nums(n)}). 그 주소에는 응답할 호스트가 없습니다.`,
  spoofedFrom: (address) => `(보낸 곳 ${address})`,
  spoofedTo: (address) => `(받는 곳 ${address})`,
};
