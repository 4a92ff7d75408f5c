/**
 * `npm run schema` writes the scenario format's JSON Schema (generated from the zod schema) to
 * public/schema/, where the app serves it and editors find it through a file's `"$schema"`.
 * `npm run schema -- --check` exits non-zero when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { SCENARIO_SCHEMA_PATH, scenarioJsonSchema } from '../src/scenarios/jsonSchema.ts';

const file = join(import.meta.dirname, '../public', SCENARIO_SCHEMA_PATH);
const options = (await resolveConfig(file)) ?? {};
const text = await format(JSON.stringify(scenarioJsonSchema()), { ...options, parser: 'json' });

if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    process.stderr.write(`schema: ${file} is stale; run npm run schema\n`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  process.stdout.write(`schema: wrote ${file}\n`);
}
