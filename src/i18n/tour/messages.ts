/** The first-run tour's words, loaded with its dialog. */

/** The tour's steps, in the order they are shown. */
export const TOUR_STEPS = ['ladder', 'stepping', 'why', 'views'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

export interface TourMessages {
  /** The dialog's accessible name. */
  title: string;
  stepOf: (n: number, total: number) => string;
  skip: string;
  back: string;
  next: string;
  done: string;
  steps: Record<TourStep, { heading: string; body: string }>;
}
