/**
 * The custom element's build: one classic script, dist/embed/handshake-lab.js, that a page loads
 * with a plain `<script src>` (no module, so no CORS needed), with everything inlined but the
 * built-in traces, the custom-scenario code and the Korean messages (classic scripts beside it):
 * React and the styles (which go into its shadow root, not the page).
 * `npm run build` runs it after the app's build.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sideScript } from './sideScript.ts';
import { precomputed } from './precomputed.ts';
import { PRECOMPUTED } from './precomputedModules.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  plugins: [
    react(),
    // Each built-in trace is a data script beside the element's, loaded when it is played.
    precomputed(PRECOMPUTED, { kind: 'scripts' }),
    // Custom scenarios (scenario-data) are a classic script beside it, loaded with the attribute.
    sideScript(root, {
      module: 'src/links/linkedScenario.ts',
      loader: 'src/links/loadLinkedScenario.ts',
      exportName: 'loadLinkedScenario',
      name: 'custom-scenario',
    }),
    // So are the Korean messages, loaded when the element speaks Korean.
    sideScript(root, {
      module: 'src/i18n/ko.ts',
      loader: 'src/i18n/loadKorean.ts',
      exportName: 'loadKorean',
      name: 'messages-ko',
    }),
    {
      // The styles are inlined into the shadow root; a separate style sheet would go unused.
      name: 'handshake-lab-element-no-css-file',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const name of Object.keys(bundle)) {
          if (name.endsWith('.css')) Reflect.deleteProperty(bundle, name);
        }
      },
    },
  ],
  // A library build leaves process.env alone; React reads it to pick its production build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/element.tsx',
      name: 'HandshakeLabElement',
      formats: ['iife'],
      fileName: () => 'handshake-lab.js',
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
