import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { reasonsKo } from '../../src/i18n/reasons.ko.ts';
import { REASONS, fillTemplate } from '../../src/sim/index.ts';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('reason templates', () => {
  const codes = Object.keys(REASONS);

  it('every core reason code has a Korean template', () => {
    expect(codes.filter((c) => ko.reasonTemplates[c] === undefined)).toEqual([]);
  });

  it.each(codes)(
    '%s: the Korean template uses the same placeholders as the English one',
    (code) => {
      const english = en.reasonTemplates[code] ?? '';
      const korean = ko.reasonTemplates[code] ?? '';
      expect(placeholders(korean)).toEqual(placeholders(english));
      expect(korean).toMatch(/[\uac00-\ud7a3]/);
    },
  );

  it('the Korean catalogue has no code the core does not know, except the capture reasons', () => {
    const capture = ['captured-segment', 'retransmission', 'duplicate-segment', 'keep-alive'];
    expect(
      Object.keys(reasonsKo).filter((c) => !codes.includes(c) && !capture.includes(c)),
    ).toEqual([]);
  });

  it('fills a Korean template with the numbers', () => {
    const text = fillTemplate(ko.reasonTemplates['syn-in-listen'] ?? '', {
      seq: 1000,
      rcvNxt: 1001,
    });
    expect(text).toContain('IRS = 1000');
    expect(text).toContain('RCV.NXT = 1000 + 1 = 1001');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
