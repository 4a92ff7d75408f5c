import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { oembed } from './scripts/vite/oembed.ts';
import { offline } from './scripts/vite/offline.ts';

export default defineConfig({
  plugins: [react(), oembed(), offline()],
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
          include: ['tests/ui/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
