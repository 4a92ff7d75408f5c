/** TODO-DOC ui/embed */
export { EmbedApp } from './EmbedApp.tsx';
