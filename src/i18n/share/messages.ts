/**
 * What the share, embed, presentation and export features say in the first view (their
 * dialogs' words load with them: src/i18n/shareDialogs). Sentences that carry values are
 * functions; a problem with a link is data (`LinkProblem`), phrased here in each language.
 */
import type { BudgetCause, BudgetExceeded } from '../../sim/index.ts';

/** Why a link could not be opened as it was. */
export type LinkProblem =
  | { kind: 'unknown-scenario'; name: string }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'unknown-version'; version: string }
  /** Nothing after the version tag. */
  | { kind: 'empty' }
  /** A character a share link never has, at `position` of the data. */
  | { kind: 'bad-character'; position: number; character: string }
  /** A data length no bytes encode to: cut mid-character or padded by hand. */
  | { kind: 'impossible-length'; length: number }
  /** The compressed data ends early: the link was cut. */
  | { kind: 'cut-short' }
  /** The compressed data is damaged. */
  | { kind: 'bad-compression' }
  | { kind: 'too-large'; max: number }
  | { kind: 'bad-json'; detail: string }
  /** The first few schema errors, and how many more there were. */
  | { kind: 'invalid'; errors: readonly string[]; more: number }
  /** The cost model expects more segments than a link may run. */
  | { kind: 'too-heavy'; segments: number; max: number; cause: BudgetCause }
  /** The run passed the link's work budget. */
  | { kind: 'over-budget'; exceeded: BudgetExceeded }
  | { kind: 'simulation-failed'; detail: string }
  /** The reader cancelled the scenario's run. */
  | { kind: 'cancelled' };

/** The embed's colour choice: follow the reader's system, or a fixed theme. */
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** A key and what it does, for the shortcut sheet. */
export interface ShortcutText {
  keys: readonly string[];
  action: string;
}

export interface ShareMessages {
  toolbar: string;
  share: string;
  embed: string;
  present: string;
  export: string;
  glossary: string;
  close: string;
  link: string;
  copied: string;
  copyFailed: string;

  linkProblemTitle: string;
  linkProblem: (problem: LinkProblem) => string;
  showingDefault: string;
  /** While a link's scenario is simulated: what runs, how far it got, and how to stop it. */
  linkRunning: string;
  linkRunProgress: (segments: number, seconds: string) => string;
  cancelLinkRun: string;
  dismiss: string;
  copy: string;
  openFullApp: string;
  lockedRange: (from: number, to: number) => string;

  presentation: string;
  exitPresentation: string;
  blanked: string;
  fullscreen: string;
  shortcutsTitle: string;
  shortcutsHint: string;
  shortcuts: readonly ShortcutText[];
}
