/** 한국어 메시지. 상태 이름은 RFC 표기를 그대로 씁니다. */
import type { Messages, NumbersText } from './messages.ts';
import { shareKo } from './share/ko.ts';
import { stageKo } from './stage/ko.ts';
import { recoveryKo } from './recovery/ko.ts';
import { wordsKo } from './words/ko.ts';
import { guideKo } from './guide/ko.ts';
import { reasonsKo } from './reasons.ko.ts';
import { term } from './glossary/vocabulary.ts';
import { formatDuration } from './duration.ts';

const nums = (n: NumbersText): string =>
  n.ack === null ? `SEQ ${n.seq}, LEN ${n.len}` : `SEQ ${n.seq}, ACK ${n.ack}, LEN ${n.len}`;

/** 함수 이름 뒤의 조사는 읽는 소리(리슨, 커넥트, 센드, 클로즈, 어보트)를 따릅니다. */
const callText = {
  listen: 'listen()을',
  connect: 'connect()를',
  send: 'send()를',
  close: 'close()를',
  abort: 'abort()를',
} as const;

export const ko: Messages = {
  lang: 'ko',
  languageName: '한국어',
  appTitle: 'Handshake Lab',
  tagline: 'TCP 연결 관리를 세그먼트 하나씩 따라가 보기',
  skipToDiagram: '다이어그램으로 건너뛰기',

  language: '언어',
  numbers: '번호 표시',
  numberMode: { absolute: '절대값', relative: '상대값' },
  numberModeHint: {
    absolute: '회선에 실린 그대로의 순서 번호',
    relative: '와이어샤크처럼 양쪽의 ISN을 0으로 놓고 센 순서 번호',
  },

  scenario: '시나리오',
  chooseScenario: '시나리오 선택',
  closeScenarios: '시나리오 목록 닫기',

  player: '재생기',
  play: '재생',
  pause: '일시정지',
  stepForward: '한 단계 앞으로',
  stepBack: '한 단계 뒤로',
  restart: '처음부터',
  jumpToEnd: '끝으로 이동',
  speed: '속도',
  speedValue: (x) => `${x}×`,
  scrubber: '재생 위치',
  stepOf: (n, total) => `${total}단계 중 ${n}단계`,
  clock: (s) => `t = ${s}초`,
  scrubberValue: (n, total, s) => `${total}단계 중 ${n}단계, t = ${s}초`,
  keyboardHelp:
    '키: Space 재생/일시정지 · ←/→ 또는 PageUp/PageDown 단계 이동 · Home/End · +/− 속도',
  reducedMotionNote: '움직임 줄이기 설정: 세그먼트가 단계별로 이동합니다.',

  endpoint: { client: '클라이언트', server: '서버' },
  laneState: (endpoint, state) => `${endpoint}: ${state}`,
  timerName: {
    retransmit: 'RTO',
    'time-wait': '2 MSL',
    'delayed-ack': 'ACK 지연',
    'fin-wait-2': 'FIN-WAIT-2 제한',
  },
  timerLeft: (timer, left) => `${timer} ${left} 남음`,
  noTimers: '실행 중인 타이머 없음',
  timers: '타이머',

  ladder: '시간-공간 다이어그램',
  ladderDescription:
    '시간은 위에서 아래로 흐릅니다. 화살표 하나가 세그먼트 하나이며, 보낸 시각에서 도착한 시각까지 이어집니다.',
  segments: '세그먼트',
  lost: '유실',
  retransmission: '재전송',
  retransmissionShort: '↻',
  duplicate: '중복',
  delayed: (extra) => `+${extra} 지연`,
  inFlight: '전송 중',
  gapIdle: (d) => `${d} 대기, 압축됨`,
  gapBusy: (d) => `${d}, 압축됨`,
  gapTimer: (timer, d) => (timer === 'time-wait' ? `2 MSL = ${d}, 압축됨` : `${d} 대기 (RTO)`),
  segmentAria: ({ label, n, from, to, status }) =>
    `${label} — 세그먼트 ${n}, ${from} → ${to}${status.length > 0 ? `; ${status.join(', ')}` : ''}`,
  labelDetail: (n) =>
    n.ack === null ? `seq ${n.seq} len ${n.len}` : `seq ${n.seq} ack ${n.ack} len ${n.len}`,

  narration: '무슨 일이 일어났나',
  narrationStart: (client, server) =>
    `아직 아무 일도 일어나지 않았습니다. 클라이언트는 ${client}, 서버는 ${server} 상태입니다. 재생하거나 한 단계씩 넘겨 보세요.`,
  narrationSend: (from, to, flags, n) => `${from}가 ${to}에게 보냅니다: ${flags} (${nums(n)}).`,
  narrationRetransmit: (n) => `세그먼트 ${n}을(를) 다시 보내는 재전송입니다.`,
  narrationDuplicate: (n) => `네트워크가 세그먼트 ${n}의 사본을 한 번 더 전달합니다.`,
  narrationDeliver: (to, flags, n) => `${to}에 도착했습니다: ${flags} (${nums(n)}).`,
  narrationDrop: (from, flags) => `${from}가 보낸 ${flags} 세그먼트가 네트워크에서 유실됩니다.`,
  narrationState: (endpoint, from, to) => `${endpoint}: ${from} → ${to} 상태로 전이합니다.`,
  narrationTimer: (endpoint, timer, d) =>
    timer === 'time-wait'
      ? `${endpoint}의 TIME-WAIT 타이머(2 MSL${d === null ? '' : ` = ${d}`})가 만료됩니다.`
      : `${endpoint}의 재전송 타이머${d === null ? '' : `(${d})`}가 만료됩니다. 제때 ACK가 오지 않았습니다.`,
  narrationCall: (endpoint, call, bytes) =>
    call === 'send' && bytes !== null
      ? `${endpoint} 애플리케이션이 send(${bytes}바이트)를 호출합니다.`
      : `${endpoint} 애플리케이션이 ${callText[call]} 호출합니다.`,
  narrationCallError: (error) => `호출이 실패합니다: ${error}.`,
  narrationUnknown: (id) => `세그먼트 ${id} (트레이스에 없음).`,
  arithmetic: (a) => `ACK = ${a.terms.map((t) => t.value).join(' + ')} = ${a.result}`,
  ackTermWhy: {
    syn: `SYN은 ${term('ko', 'sequenceNumber')} 하나를 차지합니다`,
    fin: `FIN은 ${term('ko', 'sequenceNumber')} 하나를 차지합니다`,
    len: '데이터 1바이트마다 번호 하나',
  },
  why: '이유',
  reasonLanguageNote: '이 설명은 아직 영어로만 제공됩니다.',
  reasonsAbsolute: '설명 속 번호는 절대값입니다.',

  inspector: '세그먼트 검사기',
  inspectorHint: '다이어그램에서 세그먼트를 클릭하거나 포커스하면 헤더를 볼 수 있습니다.',
  segmentTitle: (n, from, to) => `세그먼트 ${n}: ${from} → ${to}`,
  field: {
    srcPort: '출발지 포트',
    dstPort: '목적지 포트',
    seq: term('ko', 'sequenceNumber'),
    ack: term('ko', 'acknowledgmentNumber'),
    flags: '플래그',
    window: '윈도우',
    options: '옵션',
    len: '페이로드 길이',
    status: '상태',
  },
  optionMss: (mss) => `MSS ${mss}`,
  optionWindowScale: (shift) => `윈도우 스케일 ${shift} (×${2 ** shift})`,
  optionSackPermitted: 'SACK 허용',
  optionSack: 'SACK 블록',
  optionTimestamps: '타임스탬프',
  noOptions: '없음',
  notSet: '— (ACK 플래그 꺼짐)',
  statusDelivered: '전달됨',
  statusLost: '네트워크에서 유실됨',
  statusInFlight: '전송 중',
  statusNotSent: '아직 보내지 않음',
  statusRetransmissionOf: (n) => `세그먼트 ${n}의 재전송`,
  statusDuplicateOf: (n) => `세그먼트 ${n}의 네트워크 중복본`,
  statusDelayed: (extra) => `네트워크에서 ${extra} 지연됨`,
  statusFirst: '첫 전송',
  closeInspector: '검사기 닫기',

  stateDiagram: '상태 다이어그램 (RFC 9293)',
  stateDiagramDescription:
    'TCP의 11가지 상태와, 시뮬레이터가 실행하는 머신의 전이입니다. C와 S는 클라이언트와 서버의 현재 상태를 표시합니다.',
  showExceptional: '리셋·중단·시간 초과 전이도 보기',
  legendCurrent: '현재 상태',
  justTaken: (endpoint, from, to) => `${endpoint}: ${from} → ${to}`,
  noTransitionYet: '아직 전이가 없습니다.',

  duration: (ms) => formatDuration('ko', ms),
  loading: '불러오는 중…',

  reasonTemplates: reasonsKo,

  ladderScrollArea: '다이어그램 영역(위·아래 화살표 키로 스크롤)',

  views: '보기',
  viewName: { scenarios: '시나리오', capture: '캡처 열기', lab: '실습실' },

  // ---- lab ----

  // ---- share, embed, present, export ----
  share: shareKo,
  // ---- the stage's layout: phone sheet, presentation zoom ----
  stage: stageKo,

  // ---- load failures, view errors, updates ----
  recovery: recoveryKo,

  // ---- causes, what applications are told, forged addresses ----
  words: wordsKo,
  // ---- guidance: the first-run tour, the ladder's legend, dense runs ----
  guide: guideKo,
};
