/** `npm run bench`: every benchmark of the project, printed as numbers. */
import { existsSync } from 'node:fs';
import { benchCore } from './bench/core.ts';
import { benchReliability } from './bench/reliability.ts';

benchCore();

// Each area's benchmark lives beside this file and exports one function.
const areas: { file: string; name: string }[] = [
  { file: './bench/capture.ts', name: 'benchCapture' },
  { file: './bench/ui.ts', name: 'benchUi' },
  { file: './bench/embed.ts', name: 'benchEmbed' },
];
for (const { file, name } of areas) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const mod = (await import(file)) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn === 'function') await (fn as () => Promise<void> | void)();
}
benchReliability();
