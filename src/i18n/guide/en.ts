/** The first view's guiding words in English: the tour's and the legend's buttons, a burst's label. */
import type { GuideMessages } from './messages.ts';
import { burstDetail } from './burstDetail.ts';

export const guideEn: GuideMessages = {
  tour: {
    help: 'Tour',
    helpHint: 'Show the quick tour again',
  },
  legend: {
    button: 'Marks',
  },
  burst: {
    flags: (flags, count) => `${flags} ×${count}`,
    detail: (first, last) => burstDetail(first, last),
  },
};
