/** 실습실의 한국어 메시지. 상태 이름과 함수 이름은 그대로 씁니다. */
import { formatDuration } from '../duration.ts';
import type { LabMessages, RestoreProblem } from './messages.ts';

const attackFieldName = {
  seq: 'SEQ',
  ack: 'ACK',
  len: 'LEN (바이트)',
  address: '사칭할 출발지 주소',
  time: '시각 t (ms)',
} as const;

const faultVerb = { drop: '버립니다', delay: '늦춥니다', duplicate: '복제합니다' } as const;
const faultNoun = { drop: '버림', delay: '지연', duplicate: '복제' } as const;

export const labKo: LabMessages = {
  modes: '실습 모드',
  modeName: { drive: '양쪽 직접 조종', flood: 'SYN 플러드', quiz: '예측한 뒤 확인' },
  modeIntro: {
    drive:
      '두 종단의 애플리케이션과 그 사이의 네트워크를 직접 맡습니다. 행동한 뒤 시계를 재생하거나 한 단계씩 넘겨 TCP가 무엇을 하는지 보세요.',
    flood:
      '공격자가 위조한 주소로 반쯤 열린 연결을 만들어 서버의 SYN 큐를 가득 채웁니다. 정상 클라이언트의 SYN이 응답을 받지 못하는 모습을 본 다음, SYN 쿠키를 켜 보세요.',
    quiz: '각 단계가 보이기 전에 먼저 예측하세요. 다음 상태, 또는 다음 세그먼트의 플래그·SEQ·ACK를 맞혀 봅니다.',
  },

  controls: '내 차례',
  actingAt: (s) => `t = ${s}초 시점에서 행동합니다`,
  actingAtStart: '아무 일도 일어나기 전 시점에서 행동합니다',
  actingNote:
    '이전 시점으로 돌아가 그곳에서 행동할 수 있습니다. 그러면 실행이 갈라지고 그 뒤에 있던 일은 버려집니다.',
  afterInstant: (step) =>
    `같은 순간에 일어나는 일이 더 있습니다(${step}단계까지). 내 행동은 그 뒤에 일어나므로, 여기 보이는 상태는 ${step}단계 이후의 상태입니다.`,
  callLabel: {
    listen: 'listen()',
    connect: 'connect()',
    send: 'send()',
    close: 'shutdown(write) / close()',
    abort: 'abort() (RST)',
  },
  callHint: {
    listen: '수동 열기: SYN을 기다립니다.',
    connect: '능동 열기: SYN을 보냅니다.',
    send: '보낼 바이트를 큐에 넣습니다.',
    close:
      'RFC 9293의 CLOSE: 이쪽은 더 보내지 않습니다(데이터 뒤에 FIN이 나갑니다). 받기는 계속할 수 있습니다.',
    abort: '연결을 즉시 버립니다. 동기화된 연결이면 RST로 알립니다.',
  },
  callNeeds: (call, states, endpoint, state) =>
    `${call} 호출은 ${states} 상태에서만 할 수 있습니다. 지금 ${endpoint}는 ${state} 상태입니다.`,
  callRefused: (call, endpoint, state) =>
    `${endpoint}의 머신은 ${state} 상태에서 ${call} 호출을 받지 않습니다.`,
  orList: (items) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} 또는 ${items[items.length - 1] ?? ''}`,
  bytes: '바이트',
  endpointNow: (endpoint) => `지금의 ${endpoint}`,

  network: '네트워크',
  nextSegmentFrom: (endpoint) => `${endpoint}의 다음 세그먼트`,
  faultName: { drop: '버리기', delay: '지연', duplicate: '복제' },
  faultButton: (fault, endpoint) =>
    `${endpoint}의 다음 세그먼트 ${fault === 'drop' ? '버리기' : fault === 'delay' ? '지연시키기' : '복제하기'}`,
  extraDelay: '추가 지연 (ms)',
  pending: '예정된 일',
  pendingFault: (fault, endpoint, index, ms) =>
    `${endpoint}가 보내는 ${index}번째 세그먼트를 네트워크가 ${fault === 'delay' && ms !== null ? `${formatDuration('ko', ms)} ` : ''}${faultVerb[fault]}.`,
  selectToDrop: '또는 다이어그램에서 전송 중인 세그먼트를 선택해 그 자리에서 버릴 수 있습니다.',
  dropInFlight: (n, flags) => `전송 중인 세그먼트 ${n}(${flags}) 버리기`,
  selectedNotInFlight: (n) => `세그먼트 ${n}번은 지금 전송 중이 아닙니다.`,
  selectedIsCopy: (n) =>
    `세그먼트 ${n}번은 네트워크가 만든 사본입니다. 보낸 쪽이 직접 보낸 세그먼트만 버릴 수 있습니다.`,
  delays: '단방향 지연',
  delayFrom: { client: '클라이언트 → 서버 (ms)', server: '서버 → 클라이언트 (ms)' },
  delaysNote: '실행 전체에 적용됩니다.',

  isns: '초기 순서 번호(ISN)',
  seed: '시드',
  newSeed: '새 무작위 시드',
  isnOf: (endpoint) => `${endpoint} ISN`,
  isnFromSeed: '시드에서 생성',
  isnWhy:
    '왜 무작위일까요? ISN을 예측할 수 있으면, 트래픽을 볼 수 없는 공격자도 순서 번호를 추측해 연결에 위조 세그먼트를 끼워 넣을 수 있습니다(순서 번호 예측 공격, RFC 6528). 여기서는 시드 덕분에 같은 실행을 되풀이할 수 있습니다.',

  attacker: '공격자',
  attackerHint:
    '경로 밖의 공격자는 이 연결을 볼 수 없습니다. 상대 종단점에서 온 것처럼 세그먼트를 위조하고, 그 번호는 추측해야 합니다.',
  attackTo: '받는 쪽',
  attackTargetWindow: ({ endpoint, seconds, state, rcvNxt, rcvWnd }) =>
    `도착할 때(t = ${seconds}초) ${endpoint}는 ${state} 상태이고, RCV.NXT = ${rcvNxt}, RCV.WND = ${rcvWnd}입니다.`,
  attackTargetNoWindow: ({ endpoint, seconds, state }) =>
    `도착할 때(t = ${seconds}초) ${endpoint}는 ${state} 상태라 겨냥할 수신 윈도가 없으므로, 미리 채울 값이 없습니다.`,
  presets: '받는 쪽 TCB에서 채우기',
  presetName: {
    'rst-exact': 'RCV.NXT에 꼭 맞춘 RST',
    'rst-in-window': '윈도 안의 RST',
    'rst-outside-window': '윈도 밖의 RST',
    'syn-in': '연결에 끼워 넣는 SYN',
  },
  presetButton: (name, seq) => `${name} (SEQ = ${seq})`,
  flags: '플래그',
  fieldName: attackFieldName,
  claimedPorts: (peer, port) =>
    `포트는 연결의 것을 그대로 씁니다. ${peer}의 세그먼트처럼 ${port}번 포트에서 옵니다.`,
  when: '보낼 때',
  whenNow: '지금',
  whenAt: '정한 시각',
  inject: '위조 세그먼트 주입',
  fieldProblem: (field, p) => {
    const name = attackFieldName[field];
    if (field === 'address') {
      return p.problem === 'required'
        ? `${name}: 사칭할 주소를 입력하세요.`
        : `${name}: ${p.problem === 'range' ? p.max : 64}자까지 쓸 수 있습니다.`;
    }
    if (p.problem === 'required') return `${name}: 숫자를 입력하세요.`;
    if (p.problem === 'not-whole') return `${name}: 정수를 숫자로만 입력하세요.`;
    return field === 'time'
      ? `${name}: 지금(${p.min})부터 ${p.max}까지입니다. 과거로는 보낼 수 없습니다.`
      : `${name}: ${p.min}부터 ${p.max}까지입니다.`;
  },
  attackProblems: '위조 세그먼트를 주입하지 않았습니다:',
  logAttack: ({ endpoint, flags, seq, ack, len, address, seconds }) =>
    `t = ${seconds}초: 공격자 → ${endpoint}, ${flags} SEQ = ${seq}${ack === null ? '' : ` ACK = ${ack}`}${len === 0 ? '' : ` LEN = ${len}`}, 사칭 주소 ${address}`,

  clock: '시계',
  clockHint: '재생하면 고른 속도로 시계가 흐르고, ‘한 단계 앞으로’는 다음 사건으로 넘어갑니다.',
  skipToTimer: (endpoint, timer, s) =>
    `${endpoint}의 ${timer === 'time-wait' ? '2 MSL' : 'RTO'} 타이머가 만료되는 시점(t = ${s}초)으로 빨리 감기`,
  noTimerToSkip: '만료될 타이머가 없습니다.',

  session: '세션',
  undo: '되돌리기',
  undoHint: '마지막으로 바꾸기 전의 실행으로 되돌립니다.',
  forked: (n) =>
    `이전 시점에서 행동해 실행이 갈라졌고, 그 뒤에 했던 행동 ${n}개가 버려졌습니다. 되돌리기로 다시 살릴 수 있습니다.`,
  exportFile: '시나리오 파일로 내보내기',
  importFile: '시나리오 파일 가져오기…',
  dropFileHint: '또는 .json 파일을 실습실 아무 곳에나 끌어다 놓으세요.',
  dropFileHere: '시나리오 파일을 놓으면 실습실에서 엽니다',
  imported: (file) => `${file} 파일을 열었습니다.`,
  importFailed: (file) => `${file} 파일을 열 수 없습니다. 지금 세션은 그대로입니다:`,
  fileTooLarge: (file, kb) =>
    `${file} 파일이 ${kb} KB보다 큽니다. 시나리오 파일은 이보다 훨씬 작습니다.`,
  startOver: '처음부터 다시',
  downloadSetAside: '저장된 세션 내려받기',
  simulating: '실행을 시뮬레이션하는 중…',
  simulatingProgress: (segments, seconds) =>
    `지금까지 세그먼트 ${segments.toLocaleString('en-US')}개, t = ${seconds}초`,
  cancelRun: '취소',
  runCancelled: '실행을 취소했습니다. 마지막 변경을 되돌리거나 처음부터 다시 시작하세요.',
  runTooMuch: '이 실행은 실습실에서 다루기에 너무 큽니다:',
  runFailed: '이 실행을 시뮬레이션할 수 없습니다:',
  andMore: (n) => `외 ${n.toLocaleString('en-US')}건`,
  importTooHeavy: (segments, max) =>
    `실행하면 세그먼트를 약 ${segments.toLocaleString('en-US')}개 보냅니다. 실습실에서는 최대 ${max.toLocaleString('en-US')}개까지 다룹니다`,
  restoreFailed: (problem) =>
    `저장된 세션을 복원할 수 없어(${restoreProblemKo(problem)}) 따로 보관하고 새 세션으로 시작합니다.`,
  linkOpened: '링크에 담긴 세션을 열었습니다. 되돌리기를 누르면 원래 세션으로 돌아갑니다.',
  linkFailed: '링크에 담긴 세션을 열 수 없습니다. 지금 세션은 그대로입니다.',
  saveFailed: '이 브라우저에서는 세션을 저장할 수 없어, 새로 고치면 사라집니다.',
  log: '내 행동 기록',
  logEmpty: '아직 없습니다. 두 종단 모두 CLOSED입니다.',
  logCall: (endpoint, call, bytes, s) =>
    `t = ${s}초: ${endpoint} ${call}${bytes === null ? '' : ` ${bytes}바이트`}`,
  logFault: (fault, endpoint, index, fromStart) =>
    `${fromStart ? '처음부터' : '네트워크'}: ${endpoint} ${index}번째 세그먼트 ${faultNoun[fault]}`,
  sessionTitle: { en: 'Lab session', ko: '실습 세션' },

  floodSettings: '공격 설정',
  backlog: '리슨 백로그 (SYN 큐 크기)',
  attackSyns: '위조 SYN 개수',
  synCookies: 'SYN 쿠키',
  cookiesOn:
    'SYN 쿠키 켬: 큐가 가득 차면 서버는 ISN에 쿠키를 담아 응답하고 아무 상태도 저장하지 않습니다.',
  cookiesOff: 'SYN 쿠키 끔: 큐가 가득 차면 새 SYN은 응답 없이 모두 버려집니다.',
  queueTitle: '서버 SYN 큐',
  queueCount: (size, capacity) => `반쯤 열린 연결 ${capacity}개 중 ${size}개`,
  queueFree: '빈 자리',
  queueEntry: ({ address, port, state }) => `${address}:${port}, ${state}`,
  synAcksSent: (n) => `SYN+ACK ${n}번 보냄`,
  nextSynAck: (s) => `다음 재전송 t = ${s}초`,
  forged: '위조 주소',
  legitimate: '정상 클라이언트',
  queueEmptyYet: '서버가 아직 리슨하지 않습니다.',
  outcome: (connected, state) =>
    connected
      ? `마지막에 클라이언트는 ${state} 상태입니다. 연결에 성공했습니다.`
      : `마지막에 클라이언트는 ${state} 상태입니다. 보낸 SYN이 끝내 응답을 받지 못했습니다.`,
  cookieLoses:
    '쿠키가 잃는 것: 서버가 상태를 저장하지 않으므로 32비트에 들어가는 정보만 남습니다. MSS는 8가지 값 중 하나로 줄고, 이 연결에서는 윈도우 스케일과 SACK이 꺼집니다(클라이언트가 TCP 타임스탬프를 보내면 리눅스는 그 안에 담지만, 이 모델에는 타임스탬프가 없습니다).',
  floodClientSide: '클라이언트·공격자',
  floodReasons: {
    'flood-spoofed-syn':
      '공격자가 출발지 주소를 {address}:{port}로 위조한 SYN을 보냅니다. 그 주소에는 SYN+ACK에 답할 호스트가 없으므로, 이 SYN이 여는 연결은 반쯤 열린 채로 남습니다.',
    'flood-syn-queue-full':
      'SYN 큐가 가득 찼고(반쯤 열린 연결 {capacity}개 중 {size}개) SYN 쿠키가 꺼져 있습니다. 리눅스처럼 이 SYN을 응답 없이 버립니다. 보낸 쪽은 재전송하는 수밖에 없습니다.',
    'syn-cookie-sent':
      'SYN 쿠키: 큐가 가득 찼으므로 이 SYN에 대해서는 아무 상태도 저장하지 않습니다. ISN = 쿠키 {cookie} = 카운터 {counter}(상위 5비트) | MSS 인덱스 {mssIndex}, MSS {mss}(3비트) | 4-튜플과 카운터의 키 해시 {hash}(24비트). ACK = {basisSeq} + 1 = {ack}. 쿠키에는 윈도우 스케일과 SACK을 담을 자리가 없으므로(TCP 타임스탬프만 담을 수 있습니다) 둘 다 제안하지 않습니다.',
    'syn-cookie-valid':
      'ACK − 1 = {cookie}는 올바른 쿠키입니다. 해시가 4-튜플과 맞고, 카운터 {counter}는 현재 값이며, MSS 인덱스 {mssIndex}는 MSS {mss}를 뜻합니다. 연결은 곧바로 ESTABLISHED로 만들어지며 SYN-RECEIVED에 머문 적이 없습니다. 윈도우 스케일도 SACK도 없습니다.',
    'syn-cookie-stale':
      '알려진 연결이 없는 ACK이고, ACK − 1 = {cookie}는 카운터가 너무 오래된 쿠키입니다. 리스너는 LISTEN이 모든 ACK에 하듯 RST로 답합니다.',
    'syn-cookie-bad-hash':
      '알려진 연결이 없는 ACK이고, ACK − 1 = {cookie}는 이 리스너가 만든 쿠키가 아닙니다(해시가 맞지 않음). 리스너는 LISTEN이 모든 ACK에 하듯 RST로 답합니다.',
    'note-flood-model':
      '리눅스와 비슷한 리스너: SYN 큐는 {capacity}개입니다. 반쯤 열린 항목마다 SYN+ACK를 {synAckRetries}번 재전송한 뒤(RFC 6298 타이머, 리눅스 tcp_synack_retries) 버립니다. 정상 클라이언트는 SYN을 최대 {clientSynRetries}번 재전송합니다.',
  },

  quizOn: '퀴즈 대상',
  quizOwnSession: '내 실습 세션',
  quizEmptySession: '내 실습 세션이 비어 있습니다. 먼저 ‘양쪽 직접 조종’에서 행동해 보세요.',
  questionOf: (n, total) => `${total}문제 중 ${n}번째`,
  isnsAre: (c, s) =>
    `ISN: 클라이언트 ${c === null ? '알 수 없음' : String(c)}, 서버 ${s === null ? '알 수 없음' : String(s)}.`,
  promptArrives: ({ flags, numbers, endpoint, state }) =>
    `${state} 상태인 ${endpoint}에 ${flags}(SEQ ${numbers.seq}${numbers.ack === null ? '' : `, ACK ${numbers.ack}`}, LEN ${numbers.len}) 세그먼트가 도착합니다. 그다음 ${endpoint}는 어떤 상태일까요?`,
  promptCall: (endpoint, call, state) =>
    `${state} 상태에서 ${endpoint} 애플리케이션이 ${call} 호출을 합니다. 그다음 ${endpoint}는 어떤 상태일까요?`,
  promptTimer: (endpoint, timer, state) =>
    `${state} 상태에서 ${endpoint}의 ${timer === 'time-wait' ? '2 MSL' : '재전송'} 타이머가 만료됩니다. 그다음 상태는 무엇일까요?`,
  promptSend: (endpoint, state, peer) =>
    `${state} 상태인 ${endpoint}가 ${peer}에게 다음 세그먼트를 보냅니다. 플래그, SEQ, ACK를 예측해 보세요.`,
  partName: {
    state: '다음 상태',
    tcb: 'TCB에서 바뀌는 값',
    flags: '플래그',
    seq: 'SEQ',
    ack: 'ACK',
  },
  tcbMove: {
    una: 'SND.UNA만',
    rcv: 'RCV.NXT만',
    both: 'SND.UNA와 RCV.NXT 둘 다',
    neither: '둘 다 그대로',
  },
  tcbHint:
    '받는 쪽 TCB에서 SND.UNA는 보냈지만 아직 확인 응답을 받지 못한 가장 오래된 번호이고, RCV.NXT는 상대에게서 다음에 기대하는 번호입니다.',
  noAckFlag: '— (ACK 플래그 없음)',
  check: '확인',
  checkHint: '줄마다 답을 하나씩 고르세요.',
  goToQuestion: '문제 보기',
  nextQuestion: '다음 문제',
  finish: '끝내고 점수 보기',
  restart: '다시 시작',
  right: '맞았습니다.',
  wrong: (answer) => `아쉽네요. 정답은 ${answer}입니다.`,
  skipped: '이 문제를 지나쳤으므로 정답만 보여 줍니다(점수에 넣지 않음).',
  theRule: '규칙',
  mistake: {
    stays: '여기서는 상태가 바뀝니다.',
    'other-transition': '이 사건이 여기서 일으키는 전이는 그것이 아닙니다.',
    'ack-always':
      '첫 SYN 이후의 모든 세그먼트에는 ACK가 실립니다(RFC 9293 §3.10.7.4). SYN+ACK, FIN+ACK, ACK가 붙은 데이터처럼요.',
    'rst-form':
      'RST의 형태는 무엇에 답하는지에 달려 있습니다. ACK가 있는 세그먼트에는 <SEQ=SEG.ACK><RST>로, ACK가 없는 세그먼트에는 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><RST,ACK>로 답합니다(RFC 9293 §3.10.7.1).',
    'flags-other':
      '보내는 쪽이 지금 상태에서 무엇을 말해야 하는지 보세요. 열기, 확인 응답, 닫기, 리셋 중 하나입니다.',
    'isn-zero': 'SYN의 SEQ는 ISN입니다. 0이 아니라 무작위로 고른 32비트 수입니다.',
    'off-by-one':
      '하나 차이입니다. SEQ는 세그먼트가 싣는 첫 번째 번호이고, ACK는 다음에 기대하는 번호입니다.',
    'not-advanced': '보내는 쪽의 직전 세그먼트가 순서 번호를 차지했으므로, 다음 SEQ는 그 뒤입니다.',
    'plus-one-for-data':
      '“SEQ + LEN + 1”은 잘못 알려진 공식입니다. 데이터는 번호를 LEN만큼 전진시키고, 하나를 더 차지하는 것은 SYN과 FIN뿐입니다.',
    'forgot-syn-fin-one': 'SYN과 FIN은 각각 순서 번호 하나를 차지합니다(RFC 9293 §3.4).',
    'peer-number': '그 번호는 상대편의 순서 번호 공간에 속합니다. 이쪽이 확인 응답하는 번호입니다.',
    'retransmit-new':
      '재전송은 아직 확인 응답을 받지 못한 가장 오래된 세그먼트를 원래 SEQ 그대로 다시 보냅니다.',
    'own-seq': 'ACK는 상대에게서 다음에 기대하는 번호이지, 이쪽의 SEQ가 아닙니다.',
    'no-ack-flag': '첫 SYN 이후의 모든 세그먼트에는 ACK가 실립니다.',
    'ack-when-none':
      '첫 SYN은 확인 응답할 것이 없으므로 ACK 플래그가 꺼져 있습니다(ACK에 답하는 RST도 마찬가지입니다).',
    'echo-seq':
      'ACK는 도착한 세그먼트의 SEQ가 아니라 다음에 기대하는 번호, 곧 SEQ + LEN(SYN이나 FIN이면 +1)입니다.',
    'forgot-len': '데이터는 길이만큼 번호를 전진시킵니다. ACK = SEQ + LEN입니다.',
    'una-new-ack':
      'ACK가 아직 확인 응답되지 않았던 번호를 확인하므로, SND.UNA(확인 응답을 기다리는 가장 오래된 번호)가 ACK 값으로 올라갑니다(RFC 9293 §3.10.7.4).',
    'una-old-ack':
      'ACK가 새로 확인하는 번호가 없습니다. SND.UNA(확인 응답을 기다리는 가장 오래된 번호)는 이미 그 자리에 있으므로 그대로입니다.',
    'rcv-new-numbers':
      '받는 쪽이 다음에 기대하던 순서 번호(데이터, SYN 또는 FIN)를 싣고 오므로, RCV.NXT가 그 뒤로 전진합니다.',
    'rcv-nothing-new':
      'RCV.NXT(다음에 기대하는 번호)는 그대로입니다. 데이터 없는 ACK는 순서 번호를 차지하지 않고, 이미 받은 번호를 되풀이하거나 RCV.NXT 너머에서 시작하는 세그먼트는 RCV.NXT를 옮기지 않습니다.',
  },
  score: '점수',
  scoreLine: (c, a) => `${a}개 중 ${c}개 정답`,
  scoreParts: (part, c, a) => `${part}: ${a}개 중 ${c}개`,
  scoreDone: (c, total) => `끝났습니다. 예측 ${total}개 중 ${c}개를 맞혔습니다.`,
  noQuestions: '이 실행에는 아직 예측할 것이 없습니다.',
  ownSessionChanged: '퀴즈를 시작한 뒤 실습 세션이 바뀌어, 이제 새 실행으로 퀴즈를 냅니다.',
};

function restoreProblemKo(p: RestoreProblem): string {
  switch (p.kind) {
    case 'not-json':
      return '저장된 내용이 손상되었습니다. JSON이 아닙니다';
    case 'other-version':
      return '이 버전의 Handshake Lab이 읽을 수 있는 저장이 아닙니다';
    case 'missing':
      return `모든 저장에 있어야 할 ${p.where} 항목이 없습니다`;
    case 'invalid':
      return `${p.errors.ko.join('; ')}${p.more > 0 ? ` (${labKo.andMore(p.more)})` : ''}`;
    case 'out-of-order':
      return `${(p.index + 1).toLocaleString('en-US')}번째 동작부터 시간 순서가 맞지 않습니다`;
    case 'too-heavy':
      return labKo.importTooHeavy(p.segments, p.max);
  }
}
