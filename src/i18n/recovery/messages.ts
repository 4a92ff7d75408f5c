/**
 * What the app says when part of it cannot load or a view fails, and when a new version is ready.
 * Every message says what the user keeps: the address holds the scenario and step, and the Lab
 * saves its session as it goes.
 */
export interface RecoveryMessages {
  /** A newer build has taken over (the service worker changed). */
  updateReady: string;
  updateReadyDetail: string;
  /** A chunk of this build could not be fetched, even on a second try. */
  loadFailedTitle: string;
  loadFailed: string;
  /** A view threw while drawing. */
  viewFailedTitle: string;
  viewFailed: string;
  /** The error's own words, for a bug report. */
  errorDetail: string;
  keptOnReload: string;
  reload: string;
  tryAgain: string;
  later: string;
}
