/**
 * Parts of the custom element that only some pages need, as classic scripts beside the
 * element's, loaded when needed, so the element's own script stays free of them: custom-scenario
 * support (`scenario-data`: zod, the simulator, fflate) and the Korean messages. Each is built
 * here, as one more classic script, from its module; in the element's build, the module's
 * loader (a file whose one export is `() => import(module)`) is swapped for a loader of that
 * script, which hands the module's exports back as the data scripts do (precomputed.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { DATA_EVENT, SCRIPT_LOADER } from './precomputed.ts';

/** A module loaded through a loader file, shipped as a classic script beside the element. */
export interface SideScript {
  /** The module the script carries, from the project root. */
  module: string;
  /** The file whose export `exportName` loads it (`() => import(module)`), from the root. */
  loader: string;
  exportName: string;
  /** The script's file name before its hash. */
  name: string;
}

/** Builds the side script: the module's exports handed to the script element that ran it. */
async function buildScript(root: string, side: SideScript): Promise<string> {
  const entry = `virtual:handshake-lab-side-script/${side.name}`;
  const module = resolve(root, side.module);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'handshake-lab-side-script-entry',
        resolveId: (id) => (id.endsWith(entry) ? `\0${entry}` : null),
        load: (id) =>
          id === `\0${entry}`
            ? `import * as exported from ${JSON.stringify(module)};\n` +
              `document.currentScript.dispatchEvent(new CustomEvent(${JSON.stringify(DATA_EVENT)}, { detail: { ...exported } }));\n`
            : null,
      },
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      copyPublicDir: false,
      lib: { entry, name: 'HandshakeLabSideScript', formats: ['iife'] },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r: unknown) =>
    typeof r === 'object' && r !== null && 'output' in r
      ? (r as Rolldown.RolldownOutput).output
      : [],
  );
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`sideScript: the build wrote no ${side.name}`);
  return chunk.code;
}

export function sideScript(root: string, side: SideScript): Plugin {
  const loaderOf = resolve(root, side.loader);
  const swapped = `\0handshake-lab:side-script-loader/${side.name}`;
  const base = side.loader.split('/').at(-1) ?? side.loader;
  let script = { file: '', code: '' };
  return {
    name: `handshake-lab-side-script-${side.name}`,
    enforce: 'pre',
    async buildStart() {
      const code = await buildScript(root, side);
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
      script = { file: `${side.name}-${hash}.js`, code };
    },
    async resolveId(source, importer, options) {
      if (source === swapped) return swapped;
      if (importer === undefined || !source.endsWith(base)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === loaderOf ? swapped : null;
    },
    load(id) {
      if (id !== swapped) return null;
      return `${SCRIPT_LOADER}\nexport const ${side.exportName} = () => loadDataScript(${JSON.stringify(script.file)});\n`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: script.file, source: script.code });
    },
  };
}
