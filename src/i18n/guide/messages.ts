/**
 * The words that guide a newcomer in the first view: the buttons that open the tour and the
 * ladder's legend, and a burst's label. The tour's and the legend's own words load with them
 * (src/i18n/tour, src/i18n/legend).
 */
import type { NumbersText } from '../messages.ts';

export interface GuideMessages {
  tour: {
    /** The help button that brings the tour back. */
    help: string;
    helpHint: string;
  };
  legend: {
    /** The button on the ladder that opens the legend. */
    button: string;
  };
  /** A burst's one label: its flags with the count, and the range of its numbers. */
  burst: {
    flags: (flags: string, count: number) => string;
    detail: (first: NumbersText, last: NumbersText) => string;
  };
}
