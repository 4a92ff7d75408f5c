/**
 * Every catalogue of a language at once, for tests of functions that take a feature's messages
 * (the app gives them the first view's plus the feature's own, see useMessagesWith).
 */
import type { FeatureMessages, Lang, Messages } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/index.ts';
import { captureCatalogues } from '../../src/i18n/capture/catalogues.ts';
import { glossaryCatalogues } from '../../src/i18n/glossary/catalogues.ts';
import { ko } from '../../src/i18n/ko.ts';
import { labCatalogues } from '../../src/i18n/lab/catalogues.ts';
import { legendCatalogues } from '../../src/i18n/legend/catalogues.ts';
import { linuxCatalogues } from '../../src/i18n/linux/catalogues.ts';
import { shareDialogsCatalogues } from '../../src/i18n/shareDialogs/catalogues.ts';
import { tcbCatalogues } from '../../src/i18n/tcb/catalogues.ts';
import { tourCatalogues } from '../../src/i18n/tour/catalogues.ts';

/** A language's first-view messages with every feature's catalogue. */
export type AllMessages = Messages & FeatureMessages;

const all = (lang: Lang, messages: Messages): AllMessages => ({
  ...messages,
  ...captureCatalogues[lang],
  ...glossaryCatalogues[lang],
  ...labCatalogues[lang],
  ...legendCatalogues[lang],
  ...linuxCatalogues[lang],
  ...shareDialogsCatalogues[lang],
  ...tcbCatalogues[lang],
  ...tourCatalogues[lang],
});

export const enAll: AllMessages = all('en', en);
export const koAll: AllMessages = all('ko', ko);
