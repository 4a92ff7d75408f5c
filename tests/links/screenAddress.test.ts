import {
  DEFAULT_FLOOD,
  patchScreenHref,
  readScreenAddress,
  screenHref,
  type ScreenAddress,
} from '../../src/links/screenAddress.ts';
import { shareUrl } from '../../src/links/shareUrl.ts';
import { packScenario } from '../../src/links/scenarioCodec.ts';

const payload = packScenario({ events: [{ t: 0, endpoint: 'server', call: 'listen' }] });

const readBack = (href: string): ScreenAddress => {
  const url = new URL(href, 'https://lab.example/a/b/');
  return readScreenAddress(url.search, url.hash);
};

const base: ScreenAddress = {
  view: 'scenarios',
  lab: 'drive',
  scenario: null,
  step: null,
  lang: null,
  numbers: 'absolute',
  present: false,
  flood: DEFAULT_FLOOD,
  sample: null,
  stream: null,
  payload: null,
};

describe('the screen address', () => {
  it('reads the defaults from an empty address', () => {
    expect(readScreenAddress('', '')).toEqual(base);
  });

  const screens: [string, ScreenAddress][] = [
    [
      'a built-in scenario at a step, in Korean, relative, presenting',
      {
        ...base,
        scenario: 'lost-syn',
        step: 7,
        lang: 'ko',
        numbers: 'relative',
        present: true,
      },
    ],
    ['a linked custom scenario', { ...base, step: 3, lang: 'en', payload }],
    ['a Lab session at a step', { ...base, view: 'lab', step: 12, payload }],
    [
      'the SYN flood with every setting changed',
      {
        ...base,
        view: 'lab',
        lab: 'flood',
        step: 44,
        lang: 'ko',
        flood: { backlog: 8, attackSyns: 20, synCookies: true },
      },
    ],
    [
      'the quiz on a built-in scenario',
      { ...base, view: 'lab', lab: 'quiz', scenario: 'simultaneous-close', step: 5 },
    ],
    ['the quiz on the own session', { ...base, view: 'lab', lab: 'quiz', step: 2, payload }],
    ['a capture sample', { ...base, view: 'capture', sample: 'half-close' }],
    [
      'a capture sample’s conversation at a step, in Korean',
      { ...base, view: 'capture', sample: 'half-close', stream: 0, step: 5, lang: 'ko' },
    ],
    [
      'a capture sample’s conversation at its first step',
      { ...base, view: 'capture', sample: 'refused', stream: 12, step: 0 },
    ],
  ];

  it.each(screens)('writes and reads back %s, every field', (_, screen) => {
    expect(readBack(screenHref('', screen))).toEqual(screen);
  });

  it('writes the parameters in one order, leaves defaults out, keeps parameters it does not own', () => {
    const href = screenHref('?utm_source=mail&step=9', {
      ...base,
      view: 'lab',
      lab: 'flood',
      step: 44,
      lang: 'ko',
      flood: { ...DEFAULT_FLOOD, synCookies: true },
    });
    expect(href).toBe('?view=lab&lab=flood&step=44&lang=ko&cookies=1&utm_source=mail');
  });

  it('writes a capture’s sample, then its conversation, then the step', () => {
    const capture: ScreenAddress = { ...base, view: 'capture', sample: 'half-close', stream: 0 };
    expect(screenHref('?utm_source=mail', { ...capture, step: 5, lang: 'en' })).toBe(
      '?view=capture&sample=half-close&stream=0&step=5&lang=en&utm_source=mail',
    );
  });

  it('gives the capture view no scenario, and a step only with a sample’s conversation', () => {
    const capture: ScreenAddress = { ...base, view: 'capture', scenario: 'lost-syn', step: 5 };
    // A file of the user's own: no sample, so no conversation or step that would point at nothing.
    expect(screenHref('', { ...capture, stream: 3 })).toBe('?view=capture');
    expect(screenHref('', { ...capture, sample: 'refused' })).toBe('?view=capture&sample=refused');
    expect(readScreenAddress('?view=capture&scenario=lost-syn&step=6&stream=0', '')).toEqual({
      ...base,
      view: 'capture',
      scenario: 'lost-syn',
    });
    expect(readScreenAddress('?view=capture&sample=refused&step=6', '').step).toBeNull();
    // Another view's address never carries a stream.
    expect(screenHref('', { ...base, sample: 'refused', stream: 0, step: 2 })).toBe('?step=2');
    expect(readScreenAddress('?sample=refused&stream=0&step=2', '')).toEqual({ ...base, step: 2 });
  });

  it('drops the settings of other views', () => {
    const flood = { backlog: 8, attackSyns: 20, synCookies: true };
    expect(screenHref('', { ...base, lab: 'flood', flood, sample: 'refused' })).toBe('');
    expect(screenHref('', { ...base, view: 'lab', lab: 'quiz', flood })).toBe('?view=lab&lab=quiz');
  });

  it('falls back to the default for anything unknown or out of range', () => {
    const read = readScreenAddress(
      '?view=nope&lab=chess&step=-1&lang=fr&numbers=roman&present=yes&backlog=99&syns=x&cookies=2',
      '#x=1',
    );
    expect(read).toEqual({ ...base, flood: { ...DEFAULT_FLOOD, synCookies: false } });
    expect(readScreenAddress('?step=1.5', '').step).toBeNull();
    for (const stream of ['-1', '1.5', 'x', '', '10000000']) {
      const read = readScreenAddress(`?view=capture&sample=refused&stream=${stream}&step=3`, '');
      expect(read).toEqual({ ...base, view: 'capture', sample: 'refused' });
    }
    expect(readScreenAddress(`?scenario=${'a'.repeat(500)}`, '').scenario).toHaveLength(80);
  });

  it('patches one part of an address and keeps the rest', () => {
    const location = { search: '?view=lab&lab=quiz&scenario=lost-syn&step=2&lang=ko', hash: '' };
    expect(patchScreenHref(location, { step: 9 })).toBe(
      '?view=lab&lab=quiz&scenario=lost-syn&step=9&lang=ko',
    );
    expect(patchScreenHref(location, { scenario: null, payload })).toBe(
      `?view=lab&lab=quiz&step=2&lang=ko#s=${payload}`,
    );
  });

  it('makes share links that name the step and the language, never presentation mode', () => {
    const link = shareUrl(
      `https://lab.example/a/b/?view=lab&lab=flood&backlog=8&present=1#s=${payload}`,
      44,
      'ko',
    );
    expect(link).toBe(
      `https://lab.example/a/b/?view=lab&lab=flood&step=44&lang=ko&backlog=8#s=${payload}`,
    );
    expect(readBack(link)).toEqual({
      ...base,
      view: 'lab',
      lab: 'flood',
      step: 44,
      lang: 'ko',
      flood: { ...DEFAULT_FLOOD, backlog: 8 },
      payload,
    });
  });
});
