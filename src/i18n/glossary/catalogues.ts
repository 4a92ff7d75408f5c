/** The glossary's words, in every language, loaded with its dialog. */
import type { Catalogues } from '../messages.ts';
import { glossaryEn } from './en.ts';
import { glossaryKo } from './ko.ts';

export const glossaryCatalogues: Catalogues<'glossary'> = {
  en: { glossary: glossaryEn },
  ko: { glossary: glossaryKo },
};
