/** The header's tools (Share, Embed, Present, Export, Glossary) and the link notice. */
export { LinkNotice } from './LinkNotice.tsx';
export { ShareTools } from './ShareTools.tsx';
