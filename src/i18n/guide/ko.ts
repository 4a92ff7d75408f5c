/** 첫 화면의 안내 문구(한국어): 둘러보기와 범례의 버튼, 묶음 레이블. */
import type { GuideMessages } from './messages.ts';
import { burstDetail } from './burstDetail.ts';

export const guideKo: GuideMessages = {
  tour: {
    help: '둘러보기',
    helpHint: '빠른 둘러보기를 다시 보기',
  },
  legend: {
    button: '표시',
  },
  burst: {
    flags: (flags, count) => `${flags} ×${count}`,
    detail: (first, last) => burstDetail(first, last),
  },
};
