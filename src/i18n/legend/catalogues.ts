/** The ladder's legend's words, in every language, loaded with its dialog. */
import type { Catalogues } from '../messages.ts';
import { legendEn } from './en.ts';
import { legendKo } from './ko.ts';

export const legendCatalogues: Catalogues<'legend'> = {
  en: { legend: legendEn },
  ko: { legend: legendKo },
};
