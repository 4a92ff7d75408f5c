/**
 * Zod builds a fast object parser with `new Function`, after probing whether eval is allowed; under
 * the Content-Security-Policy of the built pages (no eval, scripts/vite/csp.ts) even the probe is
 * reported as a violation. Jitless parsing is the same validation without generated code.
 *
 * Zod reads the setting when a schema is built, so every entry imports this first: the page, the
 * embed page and the capture worker. `config` comes from zod's core module, which keeps the first
 * load's share to a few bytes (the schemas themselves load with the features that use them).
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
