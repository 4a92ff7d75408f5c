/** 한국어: 불러오기 실패, 화면 오류, 새 버전 알림. */
import type { RecoveryMessages } from './messages.ts';

export const recoveryKo: RecoveryMessages = {
  updateReady: 'Handshake Lab의 새 버전이 준비되었습니다.',
  updateReadyDetail:
    '이 페이지는 지금 그대로 계속 쓸 수 있습니다. 편할 때 새로 고치면 새 버전이 열립니다.',
  loadFailedTitle: 'Handshake Lab의 일부를 불러오지 못했습니다',
  loadFailed:
    '이 페이지를 연 뒤에 새 버전이 배포되었거나 네트워크가 끊긴 것 같습니다. 새로 고치면 새 버전을 받습니다.',
  viewFailedTitle: '이 화면에서 문제가 생겼습니다',
  viewFailed: '앱의 나머지 부분은 그대로 동작합니다. 다시 시도하거나 새로 고치세요.',
  errorDetail: '오류 내용',
  keptOnReload:
    '새로 고쳐도 시나리오, 단계, 언어(주소에 들어 있습니다)와 실습실 세션은 그대로 남습니다.',
  reload: '새로 고침',
  tryAgain: '다시 시도',
  later: '나중에',
};
