/** The first-run tour's words, in every language, loaded with its dialog. */
import type { Catalogues } from '../messages.ts';
import { tourEn } from './en.ts';
import { tourKo } from './ko.ts';

export const tourCatalogues: Catalogues<'tour'> = { en: { tour: tourEn }, ko: { tour: tourKo } };
