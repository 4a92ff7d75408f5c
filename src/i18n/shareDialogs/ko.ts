/** Korean: the Share, Embed and Export dialogs. */
import type { ShareDialogMessages } from './messages.ts';

export const shareDialogsKo: ShareDialogMessages = {
  shareTitle: '지금 화면 공유하기',
  shareIntro:
    '이 링크를 열면 지금 화면이 그대로 열립니다. 시나리오, 단계, 언어, 번호 표시 방식, 보기가 모두 담겨 있습니다.',
  shareCustomNote: '시나리오 자체가 압축되어 링크 안에 들어 있으므로, 서버 없이도 열립니다.',
  copyLink: '링크 복사',
  linkLength: (n) => `${n}자`,

  embedTitle: '블로그 글에 넣기',
  embedIntro:
    '아래 iframe 코드를 글의 HTML 블록에 붙여 넣으세요. 다이어그램과 재생기, 그리고 이곳으로 돌아오는 링크가 함께 보입니다.',
  embedOnlyImage:
    '임베드 재생기는 시나리오를 재생합니다. 이 실행은 실습실의 자체 모델에서 나온 것이므로, 이 페이지로 연결되는 움직이는 그림으로 임베드합니다.',
  stepRange: '보여 줄 단계',
  fromStep: '시작 단계',
  toStep: '끝 단계',
  autoplay: '화면에 보이면 자동 재생',
  theme: '테마',
  themeName: { auto: '읽는 사람의 시스템 설정 따르기', light: '밝게', dark: '어둡게' },
  compact: '낮은 높이',
  language: '언어',
  embedderSite: '내 사이트 주소(선택)',
  embedderSiteNote:
    '적어 두면 삽입된 화면이 높이를 이 사이트에만 알립니다. 비워 두면 자신을 넣은 페이지에 알립니다.',
  embedderSiteInvalid: '웹 주소가 아닙니다. https://blog.example 같은 모양이어야 합니다.',
  iframeSnippet: 'iframe 코드',
  resizeSnippet: '선택: iframe 높이를 내용에 맞춰 주는 스크립트(스크롤바 없이)',
  elementSnippet: '스크립트를 쓸 수 있는 곳이라면, 커스텀 엘리먼트',
  embedHelp:
    '워드프레스: ‘사용자 정의 HTML’ 블록. 티스토리: 편집기의 HTML 모드. iframe이 없는 편집기(벨로그, GitHub): 아래의 움직이는 이미지를 링크와 함께 쓰세요. 자세한 방법은 README에 있습니다.',
  frameTitle: (scenario) => `Handshake Lab: ${scenario}`,

  exportTitle: '이 실행 내보내기',
  exportImage: '실행 전체의 사다리 다이어그램',
  exportImageHint:
    '슬라이드와 문서용입니다. SVG는 크기를 마음대로 바꿀 수 있고, PNG는 두 배 크기로 그립니다.',
  downloadSvg: 'SVG 내려받기',
  downloadPng: 'PNG 내려받기',
  exportColours: '색상',
  exportTheme: { light: '밝게', dark: '어둡게', projector: '프로젝터용(고대비)' },
  exportText: '블로그 글에 쓸 텍스트',
  mermaid: 'Mermaid 시퀀스 다이어그램',
  rfcListing: 'RFC 9293 형식 목록',
  download: '내려받기',
  numbersNote: {
    absolute: '순서 번호는 회선에 실린 그대로의 절대값입니다.',
    relative: '순서 번호는 양쪽 ISN을 0으로 놓은 상대값입니다.',
  },
  exportWords: {
    endpoint: { client: '클라이언트', server: '서버' },
    lost: '유실',
    retransmission: '재전송',
    duplicate: '중복',
    timerExpired: {
      retransmit: 'RTO 만료',
      'time-wait': '2 MSL 만료',
      'delayed-ack': 'ACK 지연 만료',
      'fin-wait-2': 'FIN-WAIT-2 제한 만료',
    },
  },
  exportFailed: '이 브라우저에서는 이미지를 만들 수 없습니다.',
  ladderSummary: (segments) =>
    `실행 전체의 시간-공간 다이어그램: 클라이언트와 서버 사이의 세그먼트 ${segments}개.`,
};
