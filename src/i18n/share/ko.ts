/** 한국어: 공유, 임베드, 발표, 내보내기. */
import { budgetKo } from '../budget/ko.ts';
import type { ShareMessages } from './messages.ts';

export const shareKo: ShareMessages = {
  toolbar: '공유와 발표',
  share: '공유',
  embed: '임베드',
  present: '발표',
  export: '내보내기',
  glossary: '용어집',
  close: '닫기',

  shareTitle: '지금 화면 공유하기',
  shareIntro:
    '이 링크를 열면 지금 화면이 그대로 열립니다. 시나리오, 단계, 언어, 번호 표시 방식, 보기가 모두 담겨 있습니다.',
  shareCustomNote: '시나리오 자체가 압축되어 링크 안에 들어 있으므로, 서버 없이도 열립니다.',
  link: '링크',
  copyLink: '링크 복사',
  copied: '클립보드에 복사했습니다.',
  copyFailed: '자동으로 복사하지 못했습니다. 링크가 선택되어 있으니 Ctrl+C(⌘C)로 복사하세요.',
  linkLength: (n) => `${n}자`,

  linkProblemTitle: '이 링크를 열 수 없습니다',
  linkProblem: (p) => {
    switch (p.kind) {
      case 'unknown-scenario':
        return `“${p.name}”이라는 기본 제공 시나리오는 없습니다.`;
      case 'too-long':
        return `링크 속 시나리오가 ${p.length}자입니다. 최대 ${p.max}자까지 받습니다.`;
      case 'unknown-version':
        return `이 버전이 모르는 형식(“${p.version}”)으로 만든 링크입니다.`;
      case 'empty':
        return '링크에 시나리오가 없습니다. “s=1.” 뒤가 비어 있습니다.';
      case 'bad-character':
        return `링크 속 시나리오가 손상되었습니다. ${p.position + 1}번째 문자(“${p.character}”)는 공유 링크에 들어갈 수 없는 문자입니다.`;
      case 'impossible-length':
        return `링크 속 시나리오가 ${p.length}자인데, 공유 링크는 이런 길이일 수 없습니다. 링크가 잘렸거나 바뀌었습니다.`;
      case 'cut-short':
        return '링크 속 시나리오가 너무 일찍 끝납니다. 링크가 중간에 잘렸습니다. 링크 전체를 다시 복사하세요.';
      case 'bad-compression':
        return '링크 속 시나리오가 손상되어 압축을 풀 수 없습니다.';
      case 'too-large':
        return `링크 속 시나리오의 압축을 풀면 ${p.max}바이트가 넘습니다.`;
      case 'bad-json':
        return `링크 속 시나리오가 올바른 JSON이 아닙니다(${p.detail}).`;
      case 'invalid':
        return `링크 속 시나리오가 올바르지 않습니다: ${p.errors.join('; ')}${p.more > 0 ? ` (외 ${p.more}건)` : ''}.`;
      case 'too-heavy':
        return `링크 속 시나리오는 세그먼트를 약 ${p.segments.toLocaleString('en-US')}개 보냅니다. 링크로는 최대 ${p.max.toLocaleString('en-US')}개까지 열 수 있습니다(${budgetKo.cause(p.cause)}).`;
      case 'over-budget':
        return `링크 속 시나리오는 링크로 열기에 너무 큰 작업입니다. ${budgetKo.exceeded(p.exceeded)}.`;
      case 'simulation-failed':
        return `링크 속 시나리오를 시뮬레이션하지 못했습니다(${p.detail}).`;
    }
  },
  showingDefault: '대신 기본 시나리오를 보여 줍니다.',
  dismiss: '알림 닫기',

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
  copy: '복사',
  embedHelp:
    '워드프레스: ‘사용자 정의 HTML’ 블록. 티스토리: 편집기의 HTML 모드. iframe이 없는 편집기(벨로그, GitHub): 아래의 움직이는 이미지를 링크와 함께 쓰세요. 자세한 방법은 README에 있습니다.',
  openFullApp: 'Handshake Lab에서 열기',
  frameTitle: (scenario) => `Handshake Lab: ${scenario}`,
  lockedRange: (from, to) => `${from}–${to}단계`,

  presentation: '발표',
  exitPresentation: '발표 끝내기',
  blanked: '화면을 가렸습니다. B 키나 아무 키를 누르면 돌아옵니다.',
  fullscreen: '전체 화면',
  shortcutsTitle: '단축키',
  shortcutsHint: '?를 누르면 단축키를 볼 수 있습니다',
  shortcuts: [
    { keys: ['PageDown', '→', '↓'], action: '다음 단계 (프레젠테이션 리모컨이 보내는 키)' },
    { keys: ['PageUp', '←', '↑'], action: '이전 단계' },
    { keys: ['Space'], action: '재생 또는 일시정지' },
    { keys: ['Home', 'End'], action: '처음 또는 마지막 단계' },
    { keys: ['+', '−'], action: '빠르게 또는 느리게' },
    { keys: ['B', '.'], action: '화면 가리기 (한 번 더 누르면 돌아옴)' },
    { keys: ['Z', 'X', '0'], action: '다이어그램 확대, 축소, 화면에 맞추기' },
    { keys: ['F'], action: '전체 화면 켜기·끄기' },
    { keys: ['?'], action: '이 목록' },
    { keys: ['Esc'], action: '이 목록 닫기, 또는 발표 끝내기' },
  ],

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
    timerExpired: { retransmit: 'RTO 만료', 'time-wait': '2 MSL 만료' },
  },
  exportFailed: '이 브라우저에서는 이미지를 만들 수 없습니다.',
  ladderSummary: (segments) =>
    `실행 전체의 시간-공간 다이어그램: 클라이언트와 서버 사이의 세그먼트 ${segments}개.`,
};
