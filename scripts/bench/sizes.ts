/**
 * Size bench: every size budget (scripts/size/budgets.ts) with what it measures today, the
 * first view beside React alone (React and ReactDOM, bundled alone with the same bundler), and
 * the files of the first view.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { BUDGETS, type BudgetName } from '../size/budgets.ts';
import { measureSizes } from '../size/measure.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** React and ReactDOM rendering one element, bundled alone: the floor of any React first view. */
async function reactAloneGz(): Promise<number> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'handshake-lab-react-'));
  try {
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>',
    );
    writeFileSync(
      join(dir, 'main.tsx'),
      `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<StrictMode><p>Handshake Lab</p></StrictMode>);
`,
    );
    const { default: react } = await import('@vitejs/plugin-react');
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: join(dir, 'dist') },
    });
    const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)];
    return files.reduce(
      (s, m) => s + gzipSync(readFileSync(join(dir, 'dist', m[1] ?? '')), { level: 9 }).length,
      0,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the sizes; the build stays in `out` (app/ and element/) for the browser benches. */
export async function benchSizes(out: string): Promise<void> {
  console.log('sizes (gzip -9 JavaScript)');
  const sizes = await measureSizes(out);
  const react = await reactAloneGz();
  for (const name of Object.keys(BUDGETS) as BudgetName[]) {
    const budget = BUDGETS[name];
    const size = sizes.bytes[name];
    const verdict = size <= budget.target ? 'within' : 'OVER';
    const limit =
      budget.limit > budget.target ? `; check stops growth past ${kb(budget.limit)}` : '';
    const extra =
      name === 'firstView'
        ? ` (React alone: ${kb(react)})`
        : name === 'largestLazyChunk'
          ? ` (${sizes.largestLazyChunk.file})`
          : '';
    console.log(
      `  ${budget.name}: ${kb(size)}${extra} — ${verdict} its budget of ${kb(budget.target)}${limit}`,
    );
  }
  console.log(
    `  first view files: ${sizes.firstView.map((p) => `${p.file.replace(/^assets\//, '')} ${kb(p.gzip)}`).join(', ')}`,
  );
}
