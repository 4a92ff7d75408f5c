/** What each lab mode needs from the shell to draw its Share, Embed, Present and Export tools. */
import type { Lang } from '../../i18n/index.ts';

export interface LabShare {
  /** The header's slot for the tools (null until it is mounted). */
  toolsSlot: HTMLElement | null;
  /** The language on screen, made explicit in shared links. */
  lang: Lang;
}
