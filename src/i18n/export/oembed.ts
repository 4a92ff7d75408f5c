/** Words of the Embed dialog's oEmbed link, in both languages (read only by the dialog). */
import type { Lang } from '../messages.ts';

export interface OembedMessages {
  label: string;
  help: string;
}

export const OEMBED_TEXT: Record<Lang, OembedMessages> = {
  en: {
    label: 'A link that becomes the player (oEmbed)',
    help: 'Paste it on its own line where a platform turns links into embeds by oEmbed discovery (WordPress, Ghost and others built on Iframely or Embedly).',
  },
  ko: {
    label: '붙여 넣으면 플레이어가 되는 링크 (oEmbed)',
    help: 'oEmbed 탐색으로 링크를 임베드로 바꾸는 플랫폼(WordPress, Ghost, Iframely나 Embedly를 쓰는 곳)에 한 줄로 붙여 넣으세요.',
  },
};
