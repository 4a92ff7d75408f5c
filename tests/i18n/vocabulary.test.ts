/**
 * One term per concept in each language: no catalogue (UI, narration, reasons, quiz, exports,
 * error messages, the built-in scenarios' titles and descriptions) spells a glossary concept
 * another way. The catalogues are read as source, so sentences built inside functions count too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY } from '../../src/i18n/glossary/vocabulary.ts';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Korean text: every `ko` catalogue, the Korean reasons, the scenario schema's Korean error
 * messages, and the built-in scenario files.
 */
const koSources = [
  ...filesUnder(join(ROOT, 'src/i18n')).filter((f) => /(^|[/.])ko\.ts$/.test(f)),
  join(ROOT, 'src/scenarios/schema-messages-ko.ts'),
  ...filesUnder(join(ROOT, 'src/scenarios/library')).filter((f) => f.endsWith('.json')),
];
const enSources = [
  ...filesUnder(join(ROOT, 'src/i18n')).filter((f) => /(^|\/)en\.ts$/.test(f)),
  join(ROOT, 'src/sim/reasons.ts'),
  join(ROOT, 'src/sim/listener/flood-reasons.ts'),
  join(ROOT, 'src/sim/call-errors.ts'),
];

function offences(files: readonly string[], lang: 'en' | 'ko'): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').toLowerCase();
    for (const [concept, entry] of Object.entries(VOCABULARY)) {
      for (const variant of entry.variants[lang]) {
        if (text.includes(variant.toLowerCase()))
          out.push(
            `${file.slice(ROOT.length + 1)}: "${variant}" (say "${entry[lang]}", ${concept})`,
          );
      }
    }
  }
  return out;
}

describe('one term per concept', () => {
  it('finds the catalogues it checks', () => {
    expect(koSources.some((f) => f.endsWith('reasons.ko.ts'))).toBe(true);
    expect(koSources.some((f) => f.endsWith('lab/ko.ts'))).toBe(true);
    expect(koSources.some((f) => f.endsWith('half-close.json'))).toBe(true);
    expect(koSources.some((f) => f.endsWith('schema-messages-ko.ts'))).toBe(true);
    expect(enSources.some((f) => f.endsWith('share/en.ts'))).toBe(true);
  });

  it('spells each glossary concept one way in Korean', () => {
    expect(offences(koSources, 'ko')).toEqual([]);
  });

  it('spells each glossary concept one way in English', () => {
    expect(offences(enSources, 'en')).toEqual([]);
  });

  it('lists no canonical term among its own variants', () => {
    for (const entry of Object.values(VOCABULARY)) {
      expect(entry.variants.ko).not.toContain(entry.ko);
      expect(entry.variants.en).not.toContain(entry.en);
    }
  });
});
