/** The capture view in Korean. */
import { formatDuration } from '../duration.ts';
import type { CaptureMessages } from './messages.ts';
import { term } from '../glossary/vocabulary.ts';

export const captureKo: CaptureMessages = {
  heading: '캡처 열기',
  intro:
    '.pcap이나 .pcapng 파일(tcpdump, Wireshark)에 담긴 실제 TCP 연결을 살펴보세요. 대화를 하나 고르면 시나리오처럼 한 단계씩 따라갈 수 있습니다.',
  dropZone: '캡처 파일을 놓는 곳',
  dropHint: '.pcap 또는 .pcapng 파일을 여기에 끌어다 놓거나',
  dropActive: '놓으면 파일을 엽니다',
  chooseFile: '파일 선택…',
  openAnother: '다른 파일 열기…',
  privacy: '파일은 브라우저 안에서만 읽으며 어디에도 올리지 않습니다.',
  samplesHeading: '또는 예제 캡처로 시작하기 (리눅스 루프백에서 캡처)',
  sample: {
    'client-close': {
      title: '클라이언트가 먼저 닫는 정상 종료',
      description:
        '핸드셰이크, 요청과 응답 뒤에 클라이언트가 먼저 연결을 닫고 TIME-WAIT에 머뭅니다.',
    },
    'simultaneous-close': {
      title: '동시 종료',
      description: '양쪽이 동시에 FIN을 보내 FIN이 엇갈리고, 둘 다 CLOSING을 거칩니다.',
    },
    'half-close': {
      title: `${term('ko', 'halfClose')}(half-close)`,
      description: '클라이언트가 보내는 방향만 닫고, 서버가 닫을 때까지 데이터를 계속 받습니다.',
    },
    refused: {
      title: '연결 거부',
      description: '아무도 듣고 있지 않은 포트로 보낸 SYN에 리셋(RST)이 돌아옵니다.',
    },
  },
  fetching: (file) => `${file} 가져오는 중…`,
  reading: (file) => `${file} 읽는 중…`,
  progress: ({ percent, read, total, packets }) =>
    `${percent === null ? '' : `${percent}% · `}${total === null ? read : `${total} 중 ${read}`} · 패킷 ${packets.toLocaleString('ko-KR')}개`,
  cancel: '취소',
  cancelled: (file) => `${file} 파일 열기를 취소했습니다.`,
  stillShowing: (file) => `보던 파일(${file})은 그대로 있습니다.`,
  dismiss: '닫기',
  openFailed: (file) => `${file} 파일을 열 수 없습니다`,
  errorHelp: {
    'empty-file': '파일이 비어 있습니다.',
    'unknown-format':
      'pcap이나 pcapng 캡처 파일이 아닙니다. 파일 맨 앞의 바이트가 캡처 파일의 서명과 다릅니다. 캡처를 pcap이나 pcapng 형식으로 저장해 주세요(Wireshark: 파일 › 다른 이름으로 저장).',
    'compressed-file':
      '압축된 파일입니다. 먼저 압축을 풀고(예: gunzip) 안에 든 .pcap이나 .pcapng 파일을 여세요.',
    'truncated-file-header':
      '파일이 헤더 중간에서 끝납니다. 다운로드나 복사가 중간에 끊겨 잘린 것 같습니다.',
    'unsupported-version': '지원하지 않는 캡처 형식 버전입니다.',
    'bad-first-block': 'pcapng 파일이 섹션 헤더 블록으로 시작하지 않아 읽을 수 없습니다.',
    'no-packets': '캡처에서 읽을 수 있는 패킷이 하나도 없습니다.',
    'no-tcp': '캡처에 TCP 패킷이 전혀 없어서 보여 줄 연결이 없습니다.',
    'read-failed':
      '브라우저가 파일을 읽지 못했습니다. 읽는 동안 파일이 옮겨지거나 바뀌지 않았는지 확인해 주세요.',
    'no-such-stream': '캡처에 그 대화가 없습니다.',
    'internal-error': '캡처 판독기에 버그가 있습니다. 공유할 수 있다면 파일과 함께 알려 주세요.',
  },
  location: ({ packet, block, offset }) =>
    `위치: ${packet === null ? '' : `패킷 ${packet.toLocaleString('ko-KR')}${block === null ? '' : `(블록 ${block.toLocaleString('ko-KR')})`}, `}${packet === null && block !== null ? `블록 ${block.toLocaleString('ko-KR')}, ` : ''}파일의 ${offset.toLocaleString('ko-KR')}바이트 지점`,
  readerSays: '판독기 메시지(영어)',
  readBefore: (frames) => `그 전까지 패킷 ${frames.toLocaleString('ko-KR')}개를 읽었습니다.`,
  crashed: '캡처 판독기가 예기치 않게 멈췄습니다.',
  sampleUnavailable: '예제 파일을 가져오지 못했습니다.',
  fileFacts: ({ format, linkTypes, packets, size }) =>
    `${format} · ${linkTypes} · 패킷 ${packets.toLocaleString('ko-KR')}개 · ${size}`,
  incomplete: '파일 끝까지 읽기 전에 멈췄습니다. 그 앞까지 읽은 내용을 보여 줍니다.',
  warnings: (count) => `읽는 중 경고 ${count.toLocaleString('ko-KR')}건`,
  warning: {
    'truncated-packet': (n) =>
      `패킷 ${n.toLocaleString('ko-KR')}개가 잘림: 파일이 패킷 중간에서 끝남`,
    'trailing-bytes': () => '마지막 패킷 뒤에 남은 바이트는 무시함',
    'snap-length-exceeded': (n) => `패킷 ${n.toLocaleString('ko-KR')}개가 캡처의 스냅 길이보다 김`,
    'framing-lost': () => '패킷 경계를 잃어 읽기를 멈춤',
    'malformed-block': (n) => `잘못된 pcapng 블록 ${n.toLocaleString('ko-KR')}개`,
    'limit-reached': () => '크기 한도에 닿아 읽기를 멈춤',
    'unknown-link-type': (n) =>
      `지원하지 않는 링크 유형의 인터페이스 ${n.toLocaleString('ko-KR')}개: 그 패킷은 건너뜀`,
    'unknown-interface': (n) => `없는 인터페이스를 가리키는 패킷 ${n.toLocaleString('ko-KR')}개`,
    'no-timestamp': () => '단순 패킷 블록에는 시각이 없어 바로 앞 패킷의 시각을 씀',
    'malformed-link-header': (n) =>
      `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: 링크 계층 헤더 오류`,
    'not-ip': (n) => `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: IP가 아님`,
    'malformed-ip': (n) => `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: IP 헤더 오류`,
    'ip-fragment': (n) => `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: IP 조각`,
    'not-tcp': (n) => `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: TCP가 아님`,
    'truncated-tcp-header': (n) => `패킷 ${n.toLocaleString('ko-KR')}개 건너뜀: TCP 헤더가 잘림`,
    'truncated-tcp-options': (n) =>
      `패킷 ${n.toLocaleString('ko-KR')}개의 TCP 옵션이 스냅 길이에 잘림`,
    'malformed-tcp': (n) => `TCP 헤더나 옵션이 잘못된 패킷 ${n.toLocaleString('ko-KR')}개`,
    'internal-error': (n) => `판독기 내부 오류 ${n.toLocaleString('ko-KR')}건`,
  },
  skippedByProtocol: (list) => `건너뛴 패킷의 프로토콜: ${list}`,
  firstOfEach: '종류별 첫 경고:',
  conversations: 'TCP 대화',
  conversationsNote: (shown, total) =>
    shown < total
      ? `대화 ${total.toLocaleString('ko-KR')}개 중 앞의 ${shown.toLocaleString('ko-KR')}개만 보여 줍니다.`
      : `대화 ${total.toLocaleString('ko-KR')}개. 처음 나타난 순서대로 번호를 붙였습니다(tshark의 tcp.stream과 같음).`,
  abNote: 'A는 그 대화에서 처음 캡처된 패킷을 보낸 쪽입니다.',
  column: {
    stream: '스트림',
    a: '종단점 A',
    b: '종단점 B',
    packets: '패킷',
    bytes: '바이트',
    duration: '지속 시간',
    handshake: '핸드셰이크',
    close: '종료',
  },
  handshake: { yes: '있음', no: '없음' },
  close: { fin: 'FIN', rst: 'RST', both: 'FIN과 RST', none: '없음' },
  stream: (n) => `스트림 ${n}`,
  showMore: (n) => `${n.toLocaleString('ko-KR')}개 더 보기`,
  seconds: (value) => `${value}초`,
  chooseConversation:
    '재생할 대화를 고르세요. 시나리오와 똑같이 레인, 상태, 설명, 검사기를 쓸 수 있습니다.',
  loadingConversation: (stream) => `스트림 ${stream}의 트레이스를 만드는 중…`,
  conversationFailed: (stream) => `스트림 ${stream}: 보여 줄 수 없습니다.`,
  tooLarge: (stream, packets, max) =>
    `스트림 ${stream}에는 패킷이 ${packets.toLocaleString('ko-KR')}개 있지만, 재생기는 최대 ${max.toLocaleString('ko-KR')}개까지만 그립니다. 전체 트레이스는 명령줄에서 볼 수 있습니다: npm run --silent trace -- 파일 --stream ${stream}`,
  playing: ({ stream, client, server }) =>
    `스트림 ${stream}: 클라이언트 ${client} → 서버 ${server}`,
  playerDescription: ({ file, stream, packets }) =>
    `캡처: ${file}, 스트림 ${stream}, 패킷 ${packets.toLocaleString('ko-KR')}개. 상태는 세그먼트에서 추론한 것입니다.`,
  notesHeading: '이 캡처와 교과서 비교',
  noteGroup: {
    textbook: '교과서의 흐름과 다른 점',
    stack: '실제 TCP 스택은 하지만 시뮬레이터는 하지 않는 일',
    inferred: '추정하거나 추론한 것',
  },
  noNotes: '특별한 점이 없습니다. 이 대화는 교과서의 흐름 그대로입니다.',
  noteTitle: {
    retransmission: '재전송',
    'duplicate-segment': '복제된 패킷',
    'missing-handshake': '불완전한 핸드셰이크',
    'capture-starts-mid-connection': '연결 도중부터 캡처됨',
    'connection-refused': '연결 거부',
    'rst-instead-of-fin': 'FIN 대신 RST',
    'three-segment-close': '세그먼트 세 개로 끝난 종료',
    'simultaneous-close': '동시 종료',
    'capture-ends-before-close': '캡처에 종료 과정이 없음',
    'keep-alive': '킵얼라이브 탐침',
    'out-of-order': '순서가 바뀐 도착',
    'sequence-gap': '빠진 바이트',
    'delayed-ack': '지연 ACK',
    'timestamps-option': 'TCP 타임스탬프',
    'flight-time-estimate': '화살표 기울기는 추정값',
    'note-states-inferred': '상태는 추론한 것',
    other: '기타',
  },
  note: {
    retransmission: ({ frame, original, from }) =>
      original === null
        ? `프레임 ${frame}: ${from === 'client' ? '클라이언트' : '서버'}가 캡처 시작 전에 처음 보냈던 데이터를 다시 보냅니다.`
        : `프레임 ${frame}: ${from === 'client' ? '클라이언트' : '서버'}가 프레임 ${original}의 데이터를 다시 보냅니다. 제때 확인 응답이 오지 않았기 때문입니다.`,
    duplicate: ({ frame, original }) =>
      `프레임 ${frame}: 프레임 ${original}의 완전한 사본입니다(IP ID나 타임스탬프가 같음). 네트워크나 캡처 과정에서 복제된 것이며, TCP는 두 번째 사본을 버립니다.`,
    missingHandshake: ({ missing, frame }) =>
      missing === 'SYN'
        ? `서버의 SYN+ACK(프레임 ${frame})는 캡처되었지만 클라이언트의 SYN은 없습니다. 캡처가 조금 늦게 시작되었습니다.`
        : missing === 'SYN-ACK'
          ? `클라이언트의 SYN(프레임 ${frame})에 대한 SYN+ACK가 캡처에 없습니다. 서버가 응답하지 않았거나 응답이 캡처되지 않았습니다.`
          : `SYN+ACK(프레임 ${frame}) 뒤에 클라이언트의 ACK가 없어서, 캡처 안에서는 핸드셰이크가 끝나지 않습니다.`,
    startsMidConnection: ({ frame }) =>
      `캡처가 핸드셰이크 이후인 프레임 ${frame}에서 시작합니다. 양쪽 모두 ESTABLISHED 상태에서 출발하며, 먼저 보낸 쪽을 클라이언트로 가정했습니다.`,
    connectionRefused: ({ syn, rst }) =>
      `서버가 SYN(프레임 ${syn})에 리셋(프레임 ${rst})으로 답했습니다. 그 포트에서 듣고 있는 프로그램이 없으므로 connect()는 ‘연결 거부(connection refused)’로 실패합니다.`,
    rstInsteadOfFin: ({ frame, from, afterOwnFin, afterPeerFin }) =>
      `${from === 'client' ? '클라이언트' : '서버'}가 FIN 교환 대신 RST(프레임 ${frame})로 연결을 끝냅니다. ${
        afterOwnFin
          ? '자신의 FIN을 보낸 뒤입니다. 닫은 뒤에도 데이터가 도착했거나, 기다리다 포기한 경우입니다.'
          : afterPeerFin
            ? '상대의 FIN을 받은 뒤라서, 빨리 닫고 TIME-WAIT를 건너뛰려는 흔한 방식입니다(예: 응답을 다 받은 HTTP 클라이언트).'
            : '연결 중단(abort)입니다. 예를 들어 SO_LINGER 시간을 0으로 두었거나, 읽지 않은 데이터가 남은 채 소켓을 닫은 경우입니다. 양쪽 모두 TIME-WAIT 없이 곧바로 CLOSED가 됩니다.'
      }`,
    threeSegmentClose: ({ fin, finAck, ack, closer }) =>
      `${closer === 'client' ? '클라이언트' : '서버'}의 FIN(프레임 ${fin})에 대한 ACK가 따로 오지 않고 상대의 FIN+ACK(프레임 ${finAck})에 실려 왔습니다. 상대가 ACK를 미루는 사이에 애플리케이션이 연결을 닫아서, ACK가 FIN과 함께 나간 것입니다. 교과서에는 세그먼트 네 개로 그려지지만 여기서는 세 개${ack === null ? '입니다' : `이고, 마지막은 프레임 ${ack}의 ACK입니다`}.`,
    simultaneousClose: ({ clientFin, serverFin }) =>
      `두 FIN이 엇갈립니다(클라이언트: 프레임 ${clientFin}, 서버: 프레임 ${serverFin}). 양쪽 모두 상대의 FIN이 도착하기 전에 자기 FIN을 보냈으므로, 둘 다 CLOSING을 거쳐 TIME-WAIT로 갑니다.`,
    endsBeforeClose: ({ clientFin, serverFin }) =>
      clientFin
        ? '클라이언트의 FIN만 캡처되었습니다. 서버가 자기 쪽을 닫기 전에 캡처가 끝났습니다.'
        : serverFin
          ? '서버의 FIN만 캡처되었습니다. 클라이언트가 자기 쪽을 닫기 전에 캡처가 끝났습니다.'
          : '연결이 아직 열린 채로 캡처가 끝납니다. FIN도 RST도 캡처되지 않았습니다.',
    keepAlive: ({ frame, from }) =>
      `프레임 ${frame}: ${from === 'client' ? '클라이언트' : '서버'}의 킵얼라이브 탐침입니다. 오래된 1바이트를 다시 보내거나 빈 세그먼트를 보내, 한동안 조용한 상대가 아직 살아 있는지 확인합니다.`,
    outOfOrder: ({ frame, from }) =>
      `프레임 ${frame}: ${from === 'client' ? '클라이언트' : '서버'}가 보낸 이 세그먼트는 앞서 본 데이터 아래의 빈틈을 채웁니다. 재전송이 아니라, 먼저 보낸 것이 늦게 도착(또는 캡처)된 것입니다.`,
    sequenceGap: ({ frame, from, bytes }) =>
      `프레임 ${frame} 앞에서 ${from === 'client' ? '클라이언트' : '서버'}가 보낸 ${bytes.toLocaleString('ko-KR')}바이트가 캡처에 없습니다. 캡처 지점에 오기 전에 유실되었거나 캡처 과정에서 빠졌습니다.`,
    delayedAck: ({ ack, data, from, delay }) =>
      `${from === 'client' ? '클라이언트' : '서버'}가 프레임 ${data}의 세그먼트를 받고 ${delay} 기다린 뒤에야 ACK(프레임 ${ack})를 보냈습니다. ACK를 데이터에 실어 보내려고 기다리는 지연 ACK 타이머 때문입니다(리눅스는 최소 ${formatDuration('ko', 40)}). 시뮬레이터는 곧바로 ACK를 보냅니다.`,
    timestamps: ({ frame, segments, client, server }) =>
      `세그먼트 ${segments.toLocaleString('ko-KR')}개에 타임스탬프 옵션(RFC 7323)이 붙어 있습니다(프레임 ${frame}부터, ${client && server ? '양쪽 모두' : client ? '클라이언트만' : '서버만'}). 실제 TCP 스택은 이 옵션으로 왕복 시간을 재고, 순서 번호가 한 바퀴 돈 뒤에 도착한 오래된 세그먼트를 걸러 냅니다. 시뮬레이터는 이 옵션을 보내지 않습니다.`,
    flightEstimate: ({ clientSide, serverSide, basis, capturePoint }) =>
      `캡처에는 각 세그먼트가 캡처 지점을 지난 시각만 남고, 보낸 시각과 도착한 시각은 남지 않습니다. 화살표는 편도 지연을 클라이언트–캡처 지점 ${clientSide}, 캡처 지점–서버 ${serverSide}로 가정해 그렸으며, 이 값은 ${
        basis === 'handshake'
          ? '핸드셰이크에서 잰 것입니다'
          : basis === 'partial-handshake'
            ? 'SYN과 그 응답 사이에서 잰 것입니다'
            : basis === 'data-and-acks'
              ? '데이터와 그에 대한 ACK 사이에서 잰 것입니다'
              : '잴 수 있는 표본이 없어 정한 것입니다'
      }.${
        capturePoint === 'near-client'
          ? ' 캡처는 클라이언트 가까이에서 했습니다.'
          : capturePoint === 'near-server'
            ? ' 캡처는 서버 가까이에서 했습니다.'
            : capturePoint === 'between'
              ? ' 캡처 지점은 둘 사이 어딘가입니다.'
              : ''
      }`,
    statesInferred:
      '캡처에는 세그먼트만 있고 상태는 없습니다. 화면의 상태는 세그먼트를 시뮬레이터의 종단점 상태 기계에 그대로 넣어 재현한 것입니다. 예제 캡처에서는 리눅스가 보고한 상태와 일치하지만, 실제 스택의 타이머(예: TIME-WAIT가 끝나는 시점)는 캡처에 나타나지 않습니다.',
    other: (code) => `가져오기 도구의 메모: “${code}”`,
  },
  moreOfKind: (n) => `…그 밖에 ${n.toLocaleString('ko-KR')}건은 목록에 없습니다.`,
  frame: (n) => `프레임 ${n}`,
  showFrame: (n) => `프레임 ${n} 재생기에서 보기`,
  shownFrame: (frame, step) => `프레임 ${frame}: 재생기의 ${step}단계입니다.`,
  frameNotShown: (frame) => `프레임 ${frame}: 이 대화의 재생기에 없는 프레임입니다.`,
};
