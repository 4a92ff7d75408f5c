/** The TCB panel's words, in every language, loaded with the panel. */
import type { Catalogues } from '../messages.ts';
import { tcbEn } from './en.ts';
import { tcbKo } from './ko.ts';

export const tcbCatalogues: Catalogues<'tcb'> = {
  en: { tcb: tcbEn },
  ko: { tcb: tcbKo },
};
