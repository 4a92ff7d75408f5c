import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { oembed } from './scripts/vite/oembed.ts';
import { offline } from './scripts/vite/offline.ts';
import { precomputed } from './scripts/vite/precomputed.ts';
import { PRECOMPUTED, PRELOAD } from './scripts/vite/precomputedModules.ts';

export default defineConfig({
  // Relative URLs throughout the build, so it works from any path: the root or /any/sub/path/.
  base: './',
  // Every browser the app supports preloads modules itself (Chrome and Edge 66+, Firefox 115+,
  // Safari 17+); an older one still loads everything, only without the early fetch. So the
  // first view carries no polyfill for it.
  build: { modulePreload: { polyfill: false } },
  plugins: [
    react(),
    precomputed(PRECOMPUTED, { preload: PRELOAD }),
    oembed(),
    offline(),
    contentSecurityPolicy(),
  ],
  test: {
    globals: true,
    setupFiles: ['tests/helpers/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/ui/**', 'tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          // Component tests render the whole app and wait on conditions, never on time; this
          // only ends a hung test, sized for a busy 2-core machine (5 s failed there).
          testTimeout: 60_000,
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/setup.ts', 'tests/helpers/setup-dom.ts'],
        },
      },
    ],
  },
});
