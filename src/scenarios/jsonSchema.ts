/**
 * The published JSON Schema of scenario files, generated from the zod schema the app validates
 * with, so editors check a file by the same rules (`npm run schema` writes it to public/, and a
 * test fails when the committed copy is stale).
 */
import { z } from 'zod';
import { scenarioFileSchema } from './schema.ts';

/** Where the schema is served, relative to the app's address; `v1` changes only with the format. */
export const SCENARIO_SCHEMA_PATH = 'schema/scenario.v1.json';

/**
 * The JSON Schema (draft 2020-12) of what a user may write. Two checks of the app's validator
 * have no JSON Schema equivalent and are left to the app: the sends' total size and
 * `rto.minMs <= rto.maxMs`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-2020-12', io: 'input' });
}
