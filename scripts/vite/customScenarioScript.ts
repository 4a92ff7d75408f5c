/**
 * The custom element's custom-scenario support (`scenario-data`: zod, the simulator, fflate) as
 * a classic script beside the element's, loaded only when the attribute is there, so the
 * element's own script stays free of it. The script is built here, as one more classic script,
 * from src/links/linkedScenario.ts; in the element's build, src/links/loadLinkedScenario.ts is
 * swapped for a loader of that script, which hands the module's exports back as the data
 * scripts do (precomputed.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { DATA_EVENT, SCRIPT_LOADER } from './precomputed.ts';

const ENTRY = 'virtual:handshake-lab-custom-scenario-script';
const LOADER = '\0handshake-lab:custom-scenario-loader';

/** Builds the side script: linkedScenario.ts's exports handed to the script element that ran it. */
async function sideScript(root: string): Promise<string> {
  const module = resolve(root, 'src/links/linkedScenario.ts');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'handshake-lab-custom-scenario-entry',
        resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
        load: (id) =>
          id === `\0${ENTRY}`
            ? `import * as linked from ${JSON.stringify(module)};\n` +
              `document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(DATA_EVENT)}, { detail: { ...linked } }));\n`
            : null,
      },
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      copyPublicDir: false,
      lib: { entry: ENTRY, name: 'HandshakeLabCustomScenario', formats: ['iife'] },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r: unknown) =>
    typeof r === 'object' && r !== null && 'output' in r
      ? (r as Rolldown.RolldownOutput).output
      : [],
  );
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('customScenarioScript: the build wrote no script');
  return chunk.code;
}

export function customScenarioScript(root: string): Plugin {
  const loaderOf = resolve(root, 'src/links/loadLinkedScenario.ts');
  let script = { file: '', code: '' };
  return {
    name: 'handshake-lab-custom-scenario-script',
    enforce: 'pre',
    async buildStart() {
      const code = await sideScript(root);
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
      script = { file: `custom-scenario-${hash}.js`, code };
    },
    async resolveId(source, importer, options) {
      if (source === LOADER) return LOADER;
      if (importer === undefined || !source.endsWith('loadLinkedScenario.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === loaderOf ? LOADER : null;
    },
    load(id) {
      if (id !== LOADER) return null;
      return `${SCRIPT_LOADER}\nexport const loadLinkedScenario = () => loadDataScript(${JSON.stringify(script.file)});\n`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: script.file, source: script.code });
    },
  };
}
