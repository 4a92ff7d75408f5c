/**
 * PURE colour themes as data, small enough for the first load: the app's light and dark
 * palettes, the projector palette of presentation mode, and a way to set one as CSS properties.
 */
export * from './palettes.ts';
