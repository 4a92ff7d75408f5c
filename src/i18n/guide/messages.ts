/** The words that guide a newcomer: the first-run tour, the ladder's legend, and bursts. */

import type { NumbersText } from '../messages.ts';

/** The tour's steps, in the order they are shown. */
export const TOUR_STEPS = ['ladder', 'stepping', 'why', 'views'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

import type { LegendMark } from '../../layout/index.ts';

export interface GuideMessages {
  tour: {
    /** The dialog's accessible name. */
    title: string;
    /** The help button that brings the tour back. */
    help: string;
    helpHint: string;
    stepOf: (n: number, total: number) => string;
    skip: string;
    back: string;
    next: string;
    done: string;
    steps: Record<TourStep, { heading: string; body: string }>;
  };
  legend: {
    /** The button on the ladder that opens the legend. */
    button: string;
    title: string;
    intro: string;
    marks: Record<LegendMark, { name: string; meaning: string }>;
    /** Sample label text drawn in the legend's own marks. */
    sampleLost: string;
  };
  /** A burst's one label: its flags with the count, and the range of its numbers. */
  burst: {
    flags: (flags: string, count: number) => string;
    detail: (first: NumbersText, last: NumbersText) => string;
  };
}
