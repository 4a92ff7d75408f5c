/** A language's messages; English (always in the first load) if its chunk will not load. */
import { en, loadMessages, type Lang, type Messages } from '../../i18n/index.ts';
import { loadChunk } from '../../links/index.ts';
import { reportLoadFailure } from './updateNotice.ts';

export function loadMessagesOrEnglish(lang: Lang): Promise<Messages> {
  return loadChunk(() => loadMessages(lang)).catch(() => {
    reportLoadFailure();
    return en;
  });
}
