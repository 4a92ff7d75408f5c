/** The Share, Embed and Export dialogs' words, in every language, loaded with the dialogs. */
import type { Catalogues } from '../messages.ts';
import { shareDialogsEn } from './en.ts';
import { shareDialogsKo } from './ko.ts';

export const shareDialogsCatalogues: Catalogues<'shareDialogs'> = {
  en: { shareDialogs: shareDialogsEn },
  ko: { shareDialogs: shareDialogsKo },
};
