/**
 * Words of the moving-image export and the image fallback of the Embed dialog, in both
 * languages. Kept out of the main catalogue: only the Export and Embed dialogs (loaded when
 * opened) read them, so they stay out of the first load.
 */
import type { Lang } from '../messages.ts';

export interface MovingImageMessages {
  title: string;
  hint: string;
  downloadSvg: string;
  downloadGif: string;
  making: (percent: number) => string;
  ready: string;
  /** The line under the picture that leads back to the live run. */
  liveLine: (address: string) => string;
  fallbackTitle: string;
  fallbackIntro: string;
  markdown: string;
  html: string;
  alt: (title: string) => string;
}

export const MOVING_IMAGE_TEXT: Record<Lang, MovingImageMessages> = {
  en: {
    title: 'A moving picture, for READMEs and blogs without iframes',
    hint: 'It plays by itself inside a plain image, with no script. GitHub READMEs, Velog and Notion show the SVG; the GIF is for platforms that take only bitmaps. Both carry the title and a link line back to this run, and both are sized to stay readable on a phone.',
    downloadSvg: 'Download animated SVG',
    downloadGif: 'Download animated GIF',
    making: (percent) => `Making the GIF… ${percent}%`,
    ready: 'The GIF is ready.',
    liveLine: (address) => `▶ Step through it live: ${address}`,
    fallbackTitle: 'No iframes? An image that links here',
    fallbackIntro:
      'For GitHub READMEs, Velog, Notion and editors that strip iframes: download the moving image, upload it with your post, and put its address in place of the file name below.',
    markdown: 'Markdown',
    html: 'HTML (an image with a link)',
    alt: (title) => `${title}: the TCP exchange as a ladder diagram, playing`,
  },
  ko: {
    title: '움직이는 그림: iframe을 쓸 수 없는 README와 블로그용',
    hint: '스크립트 없이 일반 이미지 안에서 스스로 재생됩니다. GitHub README, Velog, Notion에는 SVG를, 비트맵만 받는 곳에는 GIF를 쓰세요. 둘 다 제목과 이 실행으로 돌아오는 링크 줄을 담고, 휴대폰에서도 읽히는 크기로 만들어집니다.',
    downloadSvg: '움직이는 SVG 내려받기',
    downloadGif: '움직이는 GIF 내려받기',
    making: (percent) => `GIF 만드는 중… ${percent}%`,
    ready: 'GIF가 준비되었습니다.',
    liveLine: (address) => `▶ 단계별로 직접 보기: ${address}`,
    fallbackTitle: 'iframe을 쓸 수 없다면: 이곳으로 연결되는 이미지',
    fallbackIntro:
      'iframe을 지우는 GitHub README, Velog, Notion 같은 곳에서는 움직이는 이미지를 내려받아 글과 함께 올리고, 아래 파일 이름 자리에 그 이미지의 주소를 넣으세요.',
    markdown: 'Markdown',
    html: 'HTML (링크를 건 이미지)',
    alt: (title) => `${title}: 재생되는 TCP 래더 다이어그램`,
  },
};
