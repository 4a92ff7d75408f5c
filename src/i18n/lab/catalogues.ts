/** The Lab's words (its own and its work budget's), in every language, loaded with the Lab. */
import type { Catalogues } from '../messages.ts';
import { budgetEn } from '../budget/en.ts';
import { budgetKo } from '../budget/ko.ts';
import { labEn } from './en.ts';
import { labKo } from './ko.ts';

export const labCatalogues: Catalogues<'lab' | 'budget'> = {
  en: { lab: labEn, budget: budgetEn },
  ko: { lab: labKo, budget: budgetKo },
};
