// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Pure folders may not reach the UI, the DOM or wall-clock time. */
const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-dom', 'framer-motion', '@xstate/react'],
          message: 'The core is pure: no React here.',
        },
        {
          group: ['**/ui/**', '**/ui', '**/embed/**'],
          message: 'The core may not depend on the UI.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    {
      name: 'setTimeout',
      message: 'The core runs on a virtual clock: schedule through the simulator.',
    },
    {
      name: 'setInterval',
      message: 'The core runs on a virtual clock: schedule through the simulator.',
    },
    { name: 'requestAnimationFrame', message: 'No animation frames in the core.' },
    { name: 'Date', message: 'No wall-clock time in the core.' },
    { name: 'window', message: 'The core has no DOM.' },
    { name: 'document', message: 'The core has no DOM.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded RNG (src/sim/rng.ts).' },
    { object: 'performance', property: 'now', message: 'No wall-clock time in the core.' },
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
    files: [
      'src/sim/**',
      'src/scenarios/**',
      'src/capture/**',
      'src/layout/**',
      'src/export/**',
      'src/themes/**',
    ],
    rules: pureRestrictions,
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
