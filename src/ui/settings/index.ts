/** TODO-DOC ui/settings */
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { NumberModeSwitch } from './NumberModeSwitch.tsx';
