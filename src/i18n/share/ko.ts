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
  link: '링크',
  copied: '클립보드에 복사했습니다.',
  copyFailed: '자동으로 복사하지 못했습니다. 링크가 선택되어 있으니 Ctrl+C(⌘C)로 복사하세요.',

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
      case 'cancelled':
        return '링크 속 시나리오의 실행을 취소했습니다.';
    }
  },
  showingDefault: '대신 기본 시나리오를 보여 줍니다.',
  linkRunning: '링크 속 시나리오를 시뮬레이션하는 중…',
  linkRunProgress: (segments, seconds) =>
    `지금까지 세그먼트 ${segments.toLocaleString('en-US')}개, t = ${seconds}초`,
  cancelLinkRun: '취소',
  dismiss: '알림 닫기',
  copy: '복사',
  openFullApp: 'Handshake Lab에서 열기',
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
};
