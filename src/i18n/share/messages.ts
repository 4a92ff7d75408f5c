/**
 * What the share, embed, presentation and export features say. Sentences that carry values are
 * functions; a problem with a link is data (`LinkProblem`), phrased here in each language.
 */
import type { ExportWords } from '../../export/index.ts';
import type { BudgetCause, BudgetExceeded } from '../../sim/index.ts';
import type { ThemeName } from '../../themes/index.ts';
import type { NumberMode } from '../../layout/index.ts';

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
  | { kind: 'simulation-failed'; detail: string };

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

  shareTitle: string;
  shareIntro: string;
  shareCustomNote: string;
  link: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  linkLength: (n: number) => string;

  linkProblemTitle: string;
  linkProblem: (problem: LinkProblem) => string;
  showingDefault: string;
  dismiss: string;

  embedTitle: string;
  embedIntro: string;
  /** The Embed dialog where no embed can compute the run (the SYN flood). */
  embedOnlyImage: string;
  stepRange: string;
  fromStep: string;
  toStep: string;
  autoplay: string;
  theme: string;
  themeName: Record<EmbedTheme, string>;
  compact: string;
  language: string;
  /** The embedding site's address, so height messages go to it alone. */
  embedderSite: string;
  embedderSiteNote: string;
  embedderSiteInvalid: string;
  iframeSnippet: string;
  resizeSnippet: string;
  elementSnippet: string;
  copy: string;
  embedHelp: string;
  openFullApp: string;
  frameTitle: (scenario: string) => string;
  lockedRange: (from: number, to: number) => string;

  presentation: string;
  exitPresentation: string;
  blanked: string;
  fullscreen: string;
  shortcutsTitle: string;
  shortcutsHint: string;
  shortcuts: readonly ShortcutText[];

  exportTitle: string;
  exportImage: string;
  exportImageHint: string;
  downloadSvg: string;
  downloadPng: string;
  exportColours: string;
  exportTheme: Record<ThemeName, string>;
  exportText: string;
  mermaid: string;
  rfcListing: string;
  download: string;
  numbersNote: Record<NumberMode, string>;
  exportWords: ExportWords;
  exportFailed: string;
  ladderSummary: (segments: number) => string;
}
