/**
 * Every catalogue of a language at once, for tests of functions that take a feature's messages
 * (the app gives them the first view's English plus the feature's own, see useMessagesWith).
 */
import { en, type AllMessages } from '../../src/i18n/index.ts';
import { budgetEn } from '../../src/i18n/budget/en.ts';
import { captureEn } from '../../src/i18n/capture/en.ts';
import { glossaryEn } from '../../src/i18n/glossary/en.ts';
import { labEn } from '../../src/i18n/lab/en.ts';
import { ko } from '../../src/i18n/ko.ts';

/** English with every feature's catalogue. */
export const enAll: AllMessages = {
  ...en,
  budget: budgetEn,
  capture: captureEn,
  glossary: glossaryEn,
  lab: labEn,
};

/** Korean, which carries every catalogue itself. */
export const koAll: AllMessages = ko;
