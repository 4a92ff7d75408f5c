/** The header's tools (Share, Embed, Present, Export, Glossary) and the link notice. */
export { LinkNotice } from './LinkNotice.tsx';
export type { EmbedSource } from './embedSource.ts';
export { ShareTools } from './ShareTools.tsx';
export { inSlices, runLink } from './linkRun.tsx';
