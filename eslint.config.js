// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import rooms, { PURE_ROOMS } from './scripts/lint/rooms.js';

/** Why a pure room refuses each outside-world global. */
const VIRTUAL_CLOCK = 'The pure rooms run on a virtual clock: schedule through the simulator.';
const NO_DOM = 'The pure rooms have no DOM: they run in a worker, in Node and in tests alike.';
const NO_NETWORK =
  'The pure rooms do no I/O: the UI fetches, the core computes on what it is given.';
const NO_STORAGE = 'The pure rooms keep no state between runs: the UI stores, the core computes.';
const NO_BROWSER = 'The pure rooms know no browser: pass what they need (languages, a seed) in.';
const NO_RANDOM =
  'The pure rooms are deterministic: take a seed and use the seeded RNG (src/sim/rng.ts).';
const NO_CLOCK = 'The pure rooms are deterministic: no wall-clock time; take times as input.';

/** @type {[string, string][]} */
const BANNED_GLOBALS = [
  ['setTimeout', VIRTUAL_CLOCK],
  ['setInterval', VIRTUAL_CLOCK],
  ['clearTimeout', VIRTUAL_CLOCK],
  ['clearInterval', VIRTUAL_CLOCK],
  ['setImmediate', VIRTUAL_CLOCK],
  ['queueMicrotask', VIRTUAL_CLOCK],
  ['requestAnimationFrame', 'No animation frames in the pure rooms: the UI animates.'],
  ['cancelAnimationFrame', 'No animation frames in the pure rooms: the UI animates.'],
  ['requestIdleCallback', VIRTUAL_CLOCK],
  ['Date', NO_CLOCK],
  ['performance', NO_CLOCK],
  ['window', NO_DOM],
  ['document', NO_DOM],
  ['self', NO_DOM],
  ['location', NO_DOM],
  ['history', NO_DOM],
  ['fetch', NO_NETWORK],
  ['XMLHttpRequest', NO_NETWORK],
  ['WebSocket', NO_NETWORK],
  ['EventSource', NO_NETWORK],
  ['localStorage', NO_STORAGE],
  ['sessionStorage', NO_STORAGE],
  ['indexedDB', NO_STORAGE],
  ['caches', NO_STORAGE],
  ['navigator', NO_BROWSER],
  ['crypto', NO_RANDOM],
];

/** Pure rooms may not reach React, the DOM, I/O or wall-clock time. */
const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'framer-motion', '@xstate/react'],
          message: 'The pure rooms draw nothing: no React here (the UI renders what they compute).',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...BANNED_GLOBALS.map(([name, message]) => ({ name, message })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: NO_RANDOM },
    // The same globals reached through the global object.
    ...BANNED_GLOBALS.map(([property, message]) => ({ object: 'globalThis', property, message })),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The architecture: each room of src/ imports only the rooms below it, through index.ts.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { rooms },
    rules: { 'rooms/imports': 'error' },
  },
  {
    files: PURE_ROOMS.map((room) => `src/${room}/**`),
    rules: pureRestrictions,
  },
  {
    files: ['eslint.config.js', 'scripts/lint/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
