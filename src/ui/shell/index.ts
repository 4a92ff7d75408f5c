/** TODO-DOC ui/shell */
export { App } from './App.tsx';
