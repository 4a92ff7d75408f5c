/**
 * One duration format per language, from Intl: Korean never mixes "ms" with "초". The run's
 * durations, a capture's measured delays and the durations inside why lines all go through it.
 */
import { formatDuration } from '../../src/i18n/duration.ts';
import { formatMeasuredDuration } from '../../src/i18n/measuredDuration.ts';
import { narrationText } from '../../src/i18n/index.ts';
import { reasonsKo } from '../../src/i18n/reasons.ko.ts';
import { enAll as en, koAll as ko } from '../helpers/catalogues.ts';
import { buildRunModel, narrationFor } from '../../src/layout/index.ts';
import { getScenario } from '../../src/scenarios/index.ts';
import { durationParamsOf, REASONS, simulate } from '../../src/sim/index.ts';

describe('durations', () => {
  it('are written in Korean with Korean units throughout', () => {
    expect(formatDuration('ko', 950)).toBe('950밀리초');
    expect(formatDuration('ko', 1900)).toBe('1.9초');
    expect(formatDuration('ko', 240_000)).toBe('4분');
  });

  it('are written in English with English abbreviations', () => {
    expect(formatDuration('en', 950)).toBe('950 ms');
    expect(formatDuration('en', 1000)).toBe('1.0 sec');
    expect(formatDuration('en', 12_000)).toBe('12 sec');
    expect(formatDuration('en', 90_000)).toBe('1.5 min');
  });

  it('measured in a capture keep their precision, in the same spelling', () => {
    expect(formatMeasuredDuration('en', 0.0055)).toBe('5.5 μs');
    expect(formatMeasuredDuration('en', 40.181)).toBe('40.2 ms');
    expect(formatMeasuredDuration('en', 1500)).toBe('1.50 sec');
    expect(formatMeasuredDuration('ko', 0.0055)).toBe('5.5마이크로초');
    expect(formatMeasuredDuration('ko', 40.181)).toBe('40.2밀리초');
    expect(formatMeasuredDuration('ko', 1500)).toBe('1.50초');
  });
});

describe('durations in why lines', () => {
  it('leave their unit to the formatter: no template writes one after a duration', () => {
    const templates = Object.entries(REASONS).flatMap(([code, entry]) => [
      [code, entry.en] as const,
      [code, (reasonsKo as Record<string, string | undefined>)[code] ?? ''] as const,
    ]);
    for (const [code, template] of templates) {
      for (const name of durationParamsOf(code)) {
        expect(template, code).toContain(`{${name}}`);
        expect(template, code).not.toMatch(new RegExp(`\\{${name}\\}\\s*(ms|s|sec|초|밀리초)`));
      }
    }
    // Every placeholder a unit follows is a declared duration.
    for (const [code, template] of templates) {
      for (const [, name] of template.matchAll(/\{(\w+)\}\s*(?:ms|초|밀리초)/g)) {
        expect(durationParamsOf(code), `${code}: {${String(name)}}`).toContain(name);
      }
    }
  });

  it('spell a retransmission’s RTO as each language writes durations', () => {
    const scenario = getScenario('lost-syn');
    if (scenario === undefined) throw new Error('no lost-syn scenario');
    const run = buildRunModel(simulate(scenario));
    const reasons = (t: typeof en) =>
      run.timeline.steps.map(
        (_, c) => narrationText(narrationFor(run.timeline, c + 1, 'absolute', run.bases), t).reason,
      );
    const enLine = reasons(en).find((r) => r?.startsWith('Retransmission timer expired'));
    const koLine = reasons(ko).find((r) => r?.includes('재전송 타이머가 만료'));
    expect(enLine).toMatch(/^Retransmission timer expired after 1\.0 sec: .* to 2\.0 sec /);
    expect(koLine).toMatch(
      /^1\.0초 뒤 재전송 타이머가 만료되었습니다\. .*\(새 RTO 2\.0초, 1번째 시도\)\.$/,
    );
    expect(koLine).not.toMatch(/\bms\b/);
  });
});
