/**
 * The Linux profile's reasons, in their own lazily loaded catalogue: one template per code in
 * each language (the types refuse a missing one; this checks them as they load), with the
 * English placeholders, and joined to the core's templates by `linuxMessages`.
 */
import { linuxMessages } from '../../src/i18n/index.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import {
  LINUX_REASONS,
  fillTemplate,
  simulate,
  withProfile,
  type Trace,
} from '../../src/sim/index.ts';
import { enAll, koAll } from '../helpers/catalogues.ts';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const codesOf = (trace: Trace): string[] =>
  trace.events.flatMap((e) => ('why' in e ? [e.why.code] : []));

describe('the Linux profile’s reason templates', () => {
  it('exist in both languages for every code, with the English placeholders', () => {
    for (const [code, entry] of Object.entries(LINUX_REASONS)) {
      const en = (enAll.linux.reasons as Record<string, string | undefined>)[code];
      const ko = (koAll.linux.reasons as Record<string, string | undefined>)[code];
      expect(en, code).toBe(entry.en);
      expect(placeholders(ko ?? ''), code).toEqual(placeholders(entry.en));
      expect(ko, code).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('are not in the first view’s catalogue, and join it for a Linux run', () => {
    for (const code of Object.keys(LINUX_REASONS)) {
      expect(enAll.reasonTemplates[code], code).toBeUndefined();
      expect(linuxMessages(koAll).reasonTemplates[code], code).toBeDefined();
    }
  });

  it('give every reason of every built-in scenario run as Linux a Korean sentence', () => {
    const ko = linuxMessages(koAll);
    for (const s of builtInScenarios) {
      const trace = simulate(withProfile(s, 'linux'));
      for (const e of trace.events) {
        if (!('why' in e)) continue;
        const template = ko.reasonTemplates[e.why.code];
        expect(template, `${s.name}: ${e.why.code}`).toBeDefined();
        expect(fillTemplate(template ?? '', e.why.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('appear only in Linux runs', () => {
    const linuxCodes = new Set(Object.keys(LINUX_REASONS));
    for (const s of builtInScenarios) {
      expect(
        codesOf(simulate(s)).filter((c) => linuxCodes.has(c)),
        s.name,
      ).toEqual([]);
    }
  });
});
