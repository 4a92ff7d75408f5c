/** The language and number-mode switches. */
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { NumberModeSwitch } from './NumberModeSwitch.tsx';
