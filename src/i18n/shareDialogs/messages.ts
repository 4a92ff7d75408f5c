/** What the Share, Embed and Export dialogs say: loaded with the dialogs. */
import type { ExportWords } from '../../export/index.ts';
import type { ThemeName } from '../../themes/index.ts';
import type { NumberMode } from '../../layout/index.ts';
import type { EmbedTheme } from '../share/messages.ts';

export interface ShareDialogMessages {
  shareTitle: string;
  shareIntro: string;
  shareCustomNote: string;
  copyLink: string;
  linkLength: (n: number) => string;

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
  embedHelp: string;
  frameTitle: (scenario: string) => string;

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
