/** The SYN flood's reasons in Korean: one per code, with the same `{placeholders}` as English. */
import { koAll as ko } from '../helpers/catalogues.ts';
import { FLOOD_REASONS } from '../../src/sim/index.ts';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the flood’s reason templates', () => {
  it('exist in Korean for every code, with the English placeholders', () => {
    for (const [code, entry] of Object.entries(FLOOD_REASONS)) {
      const template = (ko.lab.floodReasons as Record<string, string | undefined>)[code];
      expect(template, code).toBeDefined();
      expect(placeholders(template ?? ''), code).toEqual(placeholders(entry.en));
      expect(template).not.toBe(entry.en);
    }
  });
});
