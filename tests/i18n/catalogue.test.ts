/**
 * The type system already refuses a catalogue with a key missing; this checks the catalogues as
 * they load at run time, all the way down, so a key added as optional or cast cannot slip by.
 */
import { en, loadMessages, type Feature, type Messages } from '../../src/i18n/index.ts';
import { enAll, koAll } from '../helpers/catalogues.ts';

/** The features whose catalogues load with them (src/i18n/messages.ts). */
const FEATURES = Object.keys({
  budget: true,
  capture: true,
  glossary: true,
  lab: true,
  legend: true,
  linux: true,
  shareDialogs: true,
  tcb: true,
  tour: true,
} satisfies Record<Feature, true>) as Feature[];

/** Every path to a leaf, with the leaf's kind. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, kind] of leaves(child, path === '' ? key : `${path}.${key}`)) out.set(p, kind);
    }
  } else if (Array.isArray(value)) {
    out.set(path, `array(${String(value.length)})`);
    value.forEach((child, i) => {
      for (const [p, kind] of leaves(child, `${path}[${String(i)}]`)) out.set(p, kind);
    });
  } else {
    out.set(path, value === null ? 'null' : typeof value);
  }
  return out;
}

describe('message catalogues', () => {
  let loadedKo: Messages;
  beforeAll(async () => {
    loadedKo = await loadMessages('ko');
  });
  const ko = koAll;

  it('load without the features’ catalogues, which load with their features', () => {
    for (const feature of FEATURES) {
      expect(feature in en, `en: ${feature}`).toBe(false);
      expect(feature in loadedKo, `ko: ${feature}`).toBe(false);
    }
  });

  // `reasonTemplates` is an open map by design (English falls back to the core's own sentence);
  // tests/i18n/reasons.test.ts checks it. Every other key is fixed.
  const fixed = (m: Map<string, string>): Map<string, string> =>
    new Map([...m].filter(([path]) => !path.startsWith('reasonTemplates.')));

  it('have the same keys, of the same kinds, in English and Korean', () => {
    const enLeaves = fixed(leaves(enAll));
    const koLeaves = fixed(leaves(ko));
    const missingInKo = [...enLeaves.keys()].filter((k) => !koLeaves.has(k));
    const missingInEn = [...koLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect(missingInKo).toEqual([]);
    expect(missingInEn).toEqual([]);
    const kindMismatch = [...enLeaves].filter(
      ([k, kind]) => koLeaves.get(k) !== kind && !(kind === 'null' || koLeaves.get(k) === 'null'),
    );
    expect(kindMismatch).toEqual([]);
  });

  it('leave no text empty, and Korean is Korean where it is prose', () => {
    for (const [lang, catalogue] of [
      ['en', enAll],
      ['ko', ko],
    ] as const) {
      const empty = [...leaves(catalogue)].filter(([, kind]) => kind === 'string');
      for (const [path] of empty) {
        const value = path
          .split(/\.|\[(\d+)\]/)
          .filter((p): p is string => (p as string | undefined) !== undefined && p !== '')
          .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], catalogue);
        expect(String(value).trim(), `${lang}: ${path}`).not.toBe('');
      }
    }
    const hangul = /[\uac00-\ud7a3]/;
    for (const text of [
      ko.shareDialogs.shareIntro,
      ko.shareDialogs.embedIntro,
      ko.share.blanked,
      ko.glossary.states['TIME-WAIT'],
      ko.glossary.flags.SYN.meaning,
      ko.share.linkProblem({ kind: 'bad-compression' }),
    ]) {
      expect(text).toMatch(hangul);
    }
  });
});
