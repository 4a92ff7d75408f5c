/** The capture view's words, in every language, loaded with the view. */
import type { Catalogues } from '../messages.ts';
import { captureEn } from './en.ts';
import { captureKo } from './ko.ts';

export const captureCatalogues: Catalogues<'capture'> = {
  en: { capture: captureEn },
  ko: { capture: captureKo },
};
