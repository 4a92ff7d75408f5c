/** The words of the first run: the guided tour, its help button, and the ladder's legend. */

/** The tour's steps, in the order they are shown. */
export const TOUR_STEPS = ['ladder', 'stepping', 'why', 'views'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

/** The marks the ladder draws, in the order the legend explains them. */
export const LEGEND_MARKS = [
  'segment',
  'retransmission',
  'lost',
  'flight',
  'band',
  'rto',
  'timeWait',
  'compressed',
  'playhead',
] as const;
export type LegendMark = (typeof LEGEND_MARKS)[number];

export interface FirstRunMessages {
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
}
