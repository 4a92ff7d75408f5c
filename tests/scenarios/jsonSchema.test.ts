/**
 * The published JSON Schema (public/schema/scenario.v1.json) is the zod schema's own, checked by
 * an independent validator (Ajv, draft 2020-12, strict: every keyword known and typed; a
 * `required` of a property declared elsewhere is allowed): it is current, it accepts every built-in file
 * as written, and it rejects what the app rejects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SCENARIO_SCHEMA_PATH, scenarioJsonSchema } from '../../src/scenarios/jsonSchema.ts';
import { parseScenario } from '../../src/scenarios/index.ts';
import { INVALID_SCENARIO_FILES } from './invalidFiles.ts';

const ROOT = join(import.meta.dirname, '../..');
const LIBRARY_DIR = join(ROOT, 'src/scenarios/library');
const published: unknown = JSON.parse(
  readFileSync(join(ROOT, 'public', SCENARIO_SCHEMA_PATH), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(
  published as Record<string, unknown>,
);

/** Validator errors as `path: message`, for a failing test's message. */
function schemaErrors(file: unknown): string[] {
  return validate(file)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('the published JSON Schema of scenario files', () => {
  it('is what the zod schema generates now (run `npm run schema` after changing it)', () => {
    expect(published).toEqual(scenarioJsonSchema());
  });

  const library = readdirSync(LIBRARY_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, unknown] => [f, JSON.parse(readFileSync(join(LIBRARY_DIR, f), 'utf8'))]);

  it.each(library)('accepts the built-in %s, which names it in "$schema"', (_file, file) => {
    expect(schemaErrors(file)).toEqual([]);
    expect(file).toMatchObject({ $schema: `../../../public/${SCENARIO_SCHEMA_PATH}` });
  });

  it('accepts plain-text titles and descriptions, as the app does', () => {
    const file = { title: 'Lost SYN', description: 'plain text', events: [] };
    expect(parseScenario(file).ok).toBe(true);
    expect(schemaErrors(file)).toEqual([]);
  });

  // JSON Schema cannot add numbers: the sends' total is checked by the app alone.
  const SUMS = 'sends that add up to more than 64 MiB';
  const rejected = INVALID_SCENARIO_FILES.filter(([label]) => label !== SUMS);

  it.each(rejected)('rejects %s, as the app does', (_label, file) => {
    expect(parseScenario(file).ok).toBe(false);
    expect(validate(file)).toBe(false);
  });

  it('leaves only the total of the sends to the app', () => {
    const sums = INVALID_SCENARIO_FILES.find(([label]) => label === SUMS);
    expect(sums).toBeDefined();
    expect(parseScenario(sums?.[1]).ok).toBe(false);
    expect(schemaErrors(sums?.[1])).toEqual([]);
    expect(rejected).toHaveLength(INVALID_SCENARIO_FILES.length - 1);
  });

  it('checks windows against the scale shift as the app does, at every shift', () => {
    for (let shift = 0; shift <= 14; shift++) {
      const smallest = { events: [], client: { windowScale: shift, window: 2 ** shift } };
      expect(schemaErrors(smallest)).toEqual([]);
      expect(parseScenario(smallest).ok).toBe(true);
      if (shift > 0) {
        const tooSmall = { events: [], client: { windowScale: shift, window: 2 ** shift - 1 } };
        expect(validate(tooSmall)).toBe(false);
        expect(parseScenario(tooSmall).ok).toBe(false);
      }
    }
    // Without windowScale the shift is 7: 128 bytes is the smallest window that is not 0.
    expect(validate({ events: [], server: { window: 127 } })).toBe(false);
    expect(validate({ events: [], server: { window: 128 } })).toBe(true);
  });

  it('requires bytes with send and only there', () => {
    const send = { t: 0, endpoint: 'client', call: 'send' };
    expect(validate({ events: [{ ...send, bytes: 1 }] })).toBe(true);
    expect(validate({ events: [send] })).toBe(false);
    expect(validate({ events: [{ t: 0, endpoint: 'client', call: 'close', bytes: 1 }] })).toBe(
      false,
    );
  });
});
