/** A Linux-profile run's words, in every language, loaded with the first Linux trace shown. */
import type { Catalogues } from '../messages.ts';
import { linuxEn } from './en.ts';
import { linuxKo } from './ko.ts';

export const linuxCatalogues: Catalogues<'linux'> = {
  en: { linux: linuxEn },
  ko: { linux: linuxKo },
};
