/** TODO-DOC ui/share */
export { LinkNotice } from './LinkNotice.tsx';
export { ShareTools } from './ShareTools.tsx';
