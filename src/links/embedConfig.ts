/**
 * The embed page's settings, all from its address: `embed.html?scenario=lost-syn&from=0&to=8
 * &autoplay=1&lang=ko&theme=dark&compact=1&id=post-1&origin=https://blog.example`, plus a custom
 * scenario in the fragment as in share links. Anything unknown or out of range falls back to the default.
 */
import { isLang, type EmbedTheme, type Lang } from '../i18n/index.ts';
import { webOrigin } from './embedderOrigin.ts';

export interface EmbedConfig {
  scenario: string | null;
  /** First and last step the player may show (inclusive); null: the run's own ends. */
  from: number | null;
  to: number | null;
  autoplay: boolean;
  lang: Lang | null;
  theme: EmbedTheme;
  compact: boolean;
  /** Echoed in the height messages, so a page with several embeds can tell them apart. */
  id: string | null;
  /** The embedding page's origin, when the blogger gave it: height messages go only there. */
  origin: string | null;
}

export const DEFAULT_EMBED: EmbedConfig = {
  scenario: null,
  from: null,
  to: null,
  autoplay: false,
  lang: null,
  theme: 'auto',
  compact: false,
  id: null,
  origin: null,
};

function step(text: string | null): number | null {
  if (text === null || !/^\d{1,6}$/.test(text)) return null;
  return Number(text);
}

function flag(text: string | null): boolean {
  return text === '1' || text === 'true';
}

/** Reads the embed settings from a query string. */
export function readEmbedConfig(search: string): EmbedConfig {
  const p = new URLSearchParams(search);
  const theme = p.get('theme');
  const from = step(p.get('from'));
  const to = step(p.get('to'));
  const id = p.get('id');
  const lang = p.get('lang');
  return {
    scenario: p.get('scenario'),
    from: from !== null && to !== null && from > to ? to : from,
    to: from !== null && to !== null && from > to ? from : to,
    autoplay: flag(p.get('autoplay')),
    lang: isLang(lang) ? lang : null,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    compact: flag(p.get('compact')),
    id: id !== null && /^[\w-]{1,64}$/.test(id) ? id : null,
    origin: webOrigin(p.get('origin')),
  };
}

/** The query string of an embed address (only what differs from the defaults). */
export function embedQuery(config: EmbedConfig): string {
  const p = new URLSearchParams();
  if (config.scenario !== null) p.set('scenario', config.scenario);
  if (config.from !== null) p.set('from', String(config.from));
  if (config.to !== null) p.set('to', String(config.to));
  if (config.autoplay) p.set('autoplay', '1');
  if (config.lang !== null) p.set('lang', config.lang);
  if (config.theme !== 'auto') p.set('theme', config.theme);
  if (config.compact) p.set('compact', '1');
  if (config.id !== null) p.set('id', config.id);
  if (config.origin !== null) p.set('origin', config.origin);
  const q = p.toString();
  return q === '' ? '' : `?${q}`;
}
