/**
 * Every narration headline is a whole sentence, in both languages: the headline of every step of
 * every built-in scenario and of the SYN flood (with and without cookies), in both number modes,
 * must have no empty slot, no trailing colon, no "undefined" or "NaN", no unfilled placeholder
 * and no message key left untranslated; a Korean one must be Korean.
 */
import { floodMessages, narrationText, type Messages } from '../../src/i18n/index.ts';
import { enAll as en, koAll as ko } from '../helpers/catalogues.ts';
import { buildRunModel, narrationFor } from '../../src/layout/index.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { SYN_FLOOD_DEFAULTS, simulate, simulateSynFlood, type Trace } from '../../src/sim/index.ts';

/** What a broken headline looks like, each with the reason it is broken. */
const BROKEN: [RegExp, string][] = [
  [/:\s*$/, 'ends with a colon'],
  [/undefined|NaN|null|\[object/, 'prints a missing value'],
  [/\{\w+\}/, 'leaves a placeholder unfilled'],
  [/(?<!\w)\(\s*\)|:\s*[.,;]|\s[.,;:]|\s{2,}/, 'has an empty slot'],
  [/\b[a-z]+(?:-[a-z]+){2,}\b/, 'shows a message key'],
];

function problems(text: string, lang: 'en' | 'ko'): string[] {
  const found = BROKEN.filter(([re]) => re.test(text)).map(([, why]) => why);
  if (!/[.!?)]$/.test(text) && !(lang === 'ko' && /다\.?$/.test(text)))
    found.push('is not a sentence');
  if (lang === 'ko' && !/[가-힣]/.test(text)) found.push('is not Korean');
  return found;
}

function headlines(trace: Trace, t: Messages): string[] {
  const run = buildRunModel(trace);
  const out: string[] = [];
  for (const mode of ['absolute', 'relative'] as const) {
    for (let c = 0; c <= run.timeline.steps.length; c++) {
      out.push(narrationText(narrationFor(run.timeline, c, mode, run.bases), t).headline);
    }
  }
  return out;
}

const RUNS: [string, () => Trace, boolean][] = [
  ...builtInScenarios.map((s): [string, () => Trace, boolean] => [
    s.name,
    () => simulate(s),
    false,
  ]),
  ['syn-flood', () => simulateSynFlood(SYN_FLOOD_DEFAULTS), true],
  ['syn-flood-cookies', () => simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, synCookies: true }), true],
];

describe('narration headlines are whole sentences', () => {
  it.each(RUNS)('%s, in English and Korean', (_name, trace, flood) => {
    const run = trace();
    for (const [lang, base] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const t = flood ? floodMessages(base) : base;
      const bad = headlines(run, t).flatMap((h) => {
        const p = problems(h, lang);
        return p.length === 0 ? [] : [`${lang}: "${h}" ${p.join(', ')}`];
      });
      expect(bad.join('\n')).toBe('');
    }
  });

  it('catches what it looks for', () => {
    expect(problems('Server tells its application:', 'en')).toContain('ends with a colon');
    expect(problems('SEQ undefined, LEN NaN.', 'en')).toContain('prints a missing value');
    expect(problems('서버가 알립니다: notice-timed-out.', 'ko')).toContain('shows a message key');
    expect(problems('The server sends  ( ).', 'en')).toContain('has an empty slot');
    expect(problems('Connection reset', 'ko')).toContain('is not Korean');
  });
});

describe('the SYN flood’s narration', () => {
  it('sends SYN+ACKs to the forged addresses, not to the client', () => {
    const run = buildRunModel(simulateSynFlood(SYN_FLOOD_DEFAULTS));
    const t = floodMessages(en);
    const sends = run.timeline.steps.flatMap((step, i) =>
      step.event.type === 'send' &&
      step.event.from === 'server' &&
      step.event.spoofedAddress !== undefined
        ? [narrationText(narrationFor(run.timeline, i + 1, 'absolute', run.bases), t).headline]
        : [],
    );
    expect(sends.length).toBeGreaterThan(0);
    for (const h of sends) {
      expect(h).toMatch(
        /^Server sends SYN\+ACK to the forged address 203\.0\.113\.\d+, where no host answers/,
      );
      expect(h).not.toContain(t.endpoint.client);
    }
  });
});
