/** The embed view: the iframe page's and the custom element's app. */
export { EmbedApp } from './EmbedApp.tsx';
export { FrameBridge } from './FrameBridge.tsx';
