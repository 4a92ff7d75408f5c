/**
 * Zod builds a fast object parser with `new Function`, after probing whether eval is allowed; under
 * the Content-Security-Policy of the built pages (no eval, scripts/vite/csp.ts) even the probe is
 * reported as a violation. Jitless parsing is the same validation without generated code.
 *
 * This is `z.config({ jitless: true })` set before zod loads: zod keeps its configuration on
 * `globalThis.__zod_globalConfig` and documents filling it in beforehand (zod/v4/core, core.ts).
 * Calling `config()` instead would pull zod's core into the first load (3.6 KB gzipped), where no
 * schema is used; this costs nothing there. Every entry imports it first: the page, the embed
 * page and the capture worker.
 */
import type { $ZodConfig } from 'zod/v4/core';

const scope = globalThis as typeof globalThis & { __zod_globalConfig?: $ZodConfig };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
