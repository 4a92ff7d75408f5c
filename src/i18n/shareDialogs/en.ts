/** English: the Share, Embed and Export dialogs. */
import type { ShareDialogMessages } from './messages.ts';

export const shareDialogsEn: ShareDialogMessages = {
  shareTitle: 'Share this view',
  shareIntro:
    'This link opens exactly what is on screen: the scenario, the step, the language, the number mode and the view.',
  shareCustomNote:
    'The scenario itself travels inside the link, compressed, so it opens without any server.',
  copyLink: 'Copy link',
  linkLength: (n) => `${n} characters`,

  embedTitle: 'Embed in a blog post',
  embedIntro:
    'Paste the iframe into an HTML block of your post. It shows the diagram and the player, with a link back here.',
  embedOnlyImage:
    'The embedded player plays scenarios; this run comes from the Lab’s own model, so it is embedded as a moving picture linked to this page.',
  stepRange: 'Steps shown',
  fromStep: 'From step',
  toStep: 'To step',
  autoplay: 'Play when it comes into view',
  theme: 'Theme',
  themeName: { auto: 'Follow the reader’s system', light: 'Light', dark: 'Dark' },
  compact: 'Compact height',
  language: 'Language',
  embedderSite: 'Your site’s address (optional)',
  embedderSiteNote:
    'With it, the embed tells its height to your site alone. Without it, to the page it finds itself on.',
  embedderSiteInvalid: 'This is not a web address: it should look like https://blog.example.',
  iframeSnippet: 'The iframe',
  resizeSnippet: 'Optional: this script fits the iframe’s height to its content (no scrollbars)',
  elementSnippet: 'Or, where scripts are allowed, the custom element',
  embedHelp:
    'WordPress: a Custom HTML block. Tistory: the HTML mode of the editor. Editors without iframes (Velog, GitHub): the moving image below, linked to the run. The README explains each.',
  frameTitle: (scenario) => `Handshake Lab: ${scenario}`,

  exportTitle: 'Export this run',
  exportImage: 'The ladder diagram of the whole run',
  exportImageHint:
    'For slides and documents. SVG scales to any size; PNG is drawn at twice the size.',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportColours: 'Colours',
  exportTheme: { light: 'Light', dark: 'Dark', projector: 'Projector (high contrast)' },
  exportText: 'As text, for blog posts',
  mermaid: 'Mermaid sequence diagram',
  rfcListing: 'RFC 9293-style listing',
  download: 'Download',
  numbersNote: {
    absolute: 'Sequence numbers are absolute, as on the wire.',
    relative: 'Sequence numbers are relative to each side’s ISN.',
  },
  exportWords: {
    endpoint: { client: 'Client', server: 'Server' },
    lost: 'lost',
    retransmission: 'retransmission',
    duplicate: 'duplicate',
    timerExpired: {
      retransmit: 'RTO expires',
      'time-wait': '2 MSL expires',
      'delayed-ack': 'ACK delay expires',
      'fin-wait-2': 'FIN-WAIT-2 limit expires',
    },
  },
  exportFailed: 'The image could not be made in this browser.',
  ladderSummary: (segments) =>
    `Time-space diagram of the whole run: ${segments} segments between the client and the server.`,
};
