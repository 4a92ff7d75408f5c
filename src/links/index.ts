/**
 * What crosses the app's border: share links (a custom scenario compressed into the fragment),
 * embed addresses and snippets, and the iframe's messages to and from its parent page. Whatever
 * comes in is validated here with a schema before the app sees it.
 */
export { appLink } from './appLink.ts';
export { DEFAULT_EMBED, type EmbedConfig, embedQuery, readEmbedConfig } from './embedConfig.ts';
export { elementSnippet, iframeSnippet, resizeScript } from './embedSnippets.ts';
export { embedderOrigin, webOrigin, type EmbedderClues } from './embedderOrigin.ts';
export { heightMessage } from './frameHeight.ts';
export { htmlImageLink, markdownImageLink } from './imageSnippets.ts';
export { ChunkLoadError, loadChunk } from './loadChunk.ts';
export {
  LINKED_SCENARIO_KEY,
  openStartLink,
  type LinkedScenario,
  type LinkRun,
  type StartLink,
} from './linkedLibrary.ts';
export type { LinkedScenarioResult } from './linkedScenario.ts';
export { oembedDocument, oembedPage } from './oembed.ts';
export { oembedPaths, oembedUrls, siteAddress } from './oembedAddress.ts';
export { packScenario, unpackScenario } from './scenarioCodec.ts';
export {
  type FloodSettings,
  LAB_MODES,
  patchScreenHref,
  readScreenAddress,
  type ScreenAddress,
} from './screenAddress.ts';
export { shareUrl } from './shareUrl.ts';
