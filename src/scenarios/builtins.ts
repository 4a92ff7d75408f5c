/**
 * The built-in library without the validator: the app's first load imports this entry, so zod
 * is fetched only when a user's file or link must be validated (through index.ts).
 */
export { builtInLibrary } from './built-in-library.ts';
