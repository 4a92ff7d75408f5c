/**
 * The colour themes as data: the light and dark palettes of `src/ui/shell/app.css` (a test keeps
 * the two in step), and the projector palette of presentation mode. The image export paints with
 * them, and the embed and presentation mode set them as CSS custom properties.
 */

/** The colour tokens, named as the CSS custom properties are (without the `--`). */
export interface Palette {
  bg: string;
  surface: string;
  'surface-2': string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  'accent-contrast': string;
  focus: string;
  client: string;
  server: string;
  lost: string;
  timer: string;
  hatch: string;
  'phase-closed': string;
  'phase-opening': string;
  'phase-open': string;
  'phase-closing': string;
  'phase-waiting': string;
  'band-text': string;
}

/** The theme names the embed and the export accept. */
export type ThemeName = 'light' | 'dark' | 'projector';

export const LIGHT: Palette = {
  bg: '#f4f6fa',
  surface: '#ffffff',
  'surface-2': '#eef1f6',
  text: '#131924',
  muted: '#556072',
  border: '#d9dfe8',
  accent: '#1d4ed8',
  'accent-contrast': '#ffffff',
  focus: '#7c3aed',
  client: '#1c5bd0',
  server: '#b9420c',
  lost: '#c01c1c',
  timer: '#7c3aed',
  hatch: '#dfe4ec',
  'phase-closed': '#d5dbe4',
  'phase-opening': '#d8ccfb',
  'phase-open': '#a9e9c0',
  'phase-closing': '#f9dc8c',
  'phase-waiting': '#9be4da',
  'band-text': '#1b2330',
};

export const DARK: Palette = {
  bg: '#0d1219',
  surface: '#151c27',
  'surface-2': '#1c2532',
  text: '#e8edf4',
  muted: '#9ba7b9',
  border: '#2a3646',
  accent: '#7aa7ff',
  'accent-contrast': '#0d1219',
  focus: '#c4a7ff',
  client: '#74a9ff',
  server: '#ff9c62',
  lost: '#ff6b6b',
  timer: '#c4a7ff',
  hatch: '#232e3d',
  'phase-closed': '#3a4556',
  'phase-opening': '#4f3f8f',
  'phase-open': '#276b45',
  'phase-closing': '#7a5d17',
  'phase-waiting': '#1b6c64',
  'band-text': '#f1f5fa',
};

/**
 * For a washed-out projector: pure white and black, darker and more saturated lane colours,
 * borders and muted text dark enough to survive low contrast, and band fills strong enough to
 * tell apart (the state name is always written too).
 */
export const PROJECTOR: Palette = {
  bg: '#ffffff',
  surface: '#ffffff',
  'surface-2': '#f0f0f0',
  text: '#000000',
  muted: '#262626',
  border: '#4d4d4d',
  accent: '#0033cc',
  'accent-contrast': '#ffffff',
  focus: '#b00080',
  client: '#0038b8',
  server: '#a33100',
  lost: '#c00000',
  timer: '#6a00c8',
  hatch: '#d0d0d0',
  'phase-closed': '#c4c4c4',
  'phase-opening': '#c3a8ff',
  'phase-open': '#7fdc9f',
  'phase-closing': '#ffd04d',
  'phase-waiting': '#5fd3c5',
  'band-text': '#000000',
};

export const PALETTES: Record<ThemeName, Palette> = {
  light: LIGHT,
  dark: DARK,
  projector: PROJECTOR,
};

/** The palette as CSS custom properties (`{ '--client': '#1c5bd0', ... }`). */
export function paletteVars(palette: Palette): Record<`--${string}`, string> {
  const vars: Record<`--${string}`, string> = {};
  for (const key of Object.keys(palette) as (keyof Palette)[]) vars[`--${key}`] = palette[key];
  return vars;
}
