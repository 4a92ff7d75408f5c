/** English: the stage's layout. */
import type { StageMessages } from './messages.ts';

export const stageEn: StageMessages = {
  sheetTabs: 'Panels',
  sheetWhy: 'Why',
  sheetStates: 'States',
  sheetSegment: 'Segment',
  sheetTcb: 'TCB',
  sheetPanel: 'Panel',
  zoomLevel: (percent) => `Zoom ${String(percent)}%`,
  preparingRun: 'Drawing the diagram…',
};
