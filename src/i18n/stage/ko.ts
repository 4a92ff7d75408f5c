/** 한국어: 화면 배치. */
import type { StageMessages } from './messages.ts';

export const stageKo: StageMessages = {
  sheetTabs: '패널',
  sheetWhy: '이유',
  sheetStates: '상태',
  sheetSegment: '세그먼트',
  sheetTcb: 'TCB',
  sheetPanel: '패널',
  zoomLevel: (percent) => `확대 ${String(percent)}%`,
  preparingRun: '다이어그램을 그리는 중…',
};
