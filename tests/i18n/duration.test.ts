/** One duration format per language, from Intl: Korean never mixes "ms" with "초". */
import { formatDuration } from '../../src/i18n/duration.ts';

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
});
