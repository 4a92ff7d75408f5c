/** TODO-DOC links */
export { appLink } from './appLink.ts';
export { DEFAULT_EMBED, type EmbedConfig, embedQuery, readEmbedConfig } from './embedConfig.ts';
export { elementSnippet, iframeSnippet, resizeScript } from './embedSnippets.ts';
export { heightMessage } from './frameHeight.ts';
export { LINKED_SCENARIO_KEY, openStartLink } from './linkedLibrary.ts';
export { shareUrl } from './shareUrl.ts';
