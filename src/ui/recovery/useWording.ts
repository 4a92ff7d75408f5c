/**
 * A language's messages and the scenario library's titles and descriptions in it, loaded
 * together, so a screen never shows one language's words beside the other's titles. A catalogue
 * that will not load falls back to English; titles that will not load fall back to the names.
 */
import { useEffect, useState } from 'react';
import { en, type Lang, type Messages } from '../../i18n/index.ts';
import { loadChunk } from '../../links/index.ts';
import type { ScenarioLibrary, ScenarioTexts } from '../../scenarios/index.ts';
import { loadMessagesOrEnglish } from './loadMessagesOrEnglish.ts';
import { reportLoadFailure } from './updateNotice.ts';

export interface Wording {
  messages: Messages;
  /** The library's scenarios' titles and descriptions in the messages' language. */
  texts: ScenarioTexts;
}

/** What is on hand without waiting: English's messages, and texts already loaded. */
function wordingAtHand(library: ScenarioLibrary, lang: Lang): Wording | null {
  const texts = library.textsLoaded(lang);
  return lang === 'en' && texts !== null ? { messages: en, texts } : null;
}

/** The wording in `lang`, or null until it has loaded (the last language's meanwhile). */
export function useWording(library: ScenarioLibrary, lang: Lang): Wording | null {
  const [wording, setWording] = useState(() => wordingAtHand(library, lang));
  useEffect(() => {
    let live = true;
    const texts = loadChunk(() => library.texts(lang)).catch((): ScenarioTexts => {
      reportLoadFailure();
      return {};
    });
    void Promise.all([loadMessagesOrEnglish(lang), texts]).then(([messages, loaded]) => {
      if (!live) return;
      setWording((last) =>
        last?.messages === messages && last.texts === loaded ? last : { messages, texts: loaded },
      );
    });
    return () => {
      live = false;
    };
  }, [library, lang]);
  return wording;
}
