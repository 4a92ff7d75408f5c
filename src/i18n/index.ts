/**
 * The message catalogue. English ships in the first load; Korean is fetched when chosen. The
 * catalogues of the features that load lazily (capture, Lab, glossary) are not here: each
 * feature's components import its `catalogues.ts` (see FeatureMessages).
 */
import { en } from './en.ts';
import { loadKorean } from './loadKorean.ts';
import type { Lang, Messages } from './messages.ts';

export type {
  Catalogues,
  Feature,
  FeatureMessages,
  Lang,
  Messages,
  MessagesWith,
  ViewId,
} from './messages.ts';
export { en } from './en.ts';
export type { LabMode, QuizMistake, RestoreProblem } from './lab/messages.ts';
export type { EmbedTheme, LinkProblem } from './share/messages.ts';
export { MOVING_IMAGE_TEXT } from './export/movingImage.ts';
export { OEMBED_TEXT } from './export/oembed.ts';
export { GLOSSARY_FLAGS, GLOSSARY_TERMS } from './glossary/messages.ts';
export { TOUR_STEPS, type TourStep } from './tour/messages.ts';

/** The languages offered, in the order of the switch. */
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** Narrows a string to a supported language. */
export function isLang(s: string | null | undefined): s is Lang {
  return s === 'en' || s === 'ko';
}

/**
 * The language to start in: `?lang=` if given, else the first supported browser language,
 * else English.
 */
export function detectLang(search: string, browserLanguages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** Loads a language's messages (Korean in its own chunk). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return en;
  const mod = await loadKorean();
  return mod.ko;
}
export {
  endpointText,
  formatCount,
  formatSeconds,
  formatSize,
  percentRead,
} from './captureFormat.ts';
export { narrationText } from './narrationText.ts';
export { floodMessages } from './floodMessages.ts';
export { linuxMessages } from './linuxMessages.ts';
export { noteText } from './noteText.ts';
export { breakLabel, burstLabels, segmentLabels, segmentStatus } from './segmentText.ts';
