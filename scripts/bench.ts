/**
 * `npm run bench`: every benchmark of the project, printed as numbers, each beside its budget.
 * It asserts nothing (`npm run check` enforces the size budgets; the rest are read by people).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCapture } from './bench/capture.ts';
import { benchCore } from './bench/core.ts';
import { benchSizes } from './bench/sizes.ts';
import { benchUi } from './bench/ui.ts';
import { benchReliability } from './bench/reliability.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const built = join(root, 'node_modules', '.cache', 'handshake-lab-bench');

benchCore();
await benchSizes(built);
await benchUi(join(built, 'app'));
await benchCapture();
benchReliability();
