/** The lab's reducer (fork, undo, settings) and its autosave read back as untrusted input. */
import { getScenario } from '../../src/scenarios/index.ts';
import { newSession, sessionFromScenario, type LabSession } from '../../src/lab/labSession.ts';
import { initialLabState, labReducer, type LabState } from '../../src/lab/labState.ts';
import { decodeSession, encodeSession } from '../../src/lab/savedSession.ts';
import { importScenarioText } from '../../src/lab/importFile.ts';
import { labEn } from '../../src/i18n/lab/en.ts';
import { labKo } from '../../src/i18n/lab/ko.ts';

const title = { en: 'Lab session', ko: '실습 세션' };

function acted(
  state: LabState,
  t: number,
  call: 'listen' | 'connect' | 'send' | 'close',
  endpoint: 'client' | 'server',
) {
  return labReducer(state, {
    type: 'act',
    action: { kind: 'call', t, endpoint, call, ...(call === 'send' ? { bytes: 10 } : {}) },
    moment: t,
    landing: t,
  });
}

describe('the lab reducer', () => {
  const start = initialLabState(newSession(1, title), -1, null);

  it('restarts the player after each action, where the action happened', () => {
    const s = acted(start, 0, 'listen', 'server');
    expect(s.version).toBe(1);
    expect(s.moment).toBe(0);
    expect(s.notice).toBeNull();
  });

  it('forks: acting earlier drops the later actions, and one undo brings them back', () => {
    let s = acted(start, 0, 'listen', 'server');
    s = acted(s, 10, 'connect', 'client');
    s = acted(s, 400, 'send', 'client');
    s = acted(s, 500, 'close', 'client');
    const forked = labReducer(s, {
      type: 'act',
      action: { kind: 'call', t: 311, endpoint: 'server', call: 'close' },
      moment: 310,
      landing: 311,
    });
    expect(forked.notice).toEqual({ kind: 'forked', dropped: 2 });
    expect(forked.session.actions).toHaveLength(3);
    const undone = labReducer(forked, { type: 'undo' });
    expect(undone.session).toBe(s.session);
    expect(undone.moment).toBe(500);
    expect(undone.previous).toBeNull();
    expect(labReducer(undone, { type: 'undo' })).toBe(undone);
  });

  it('keeps the log when the settings change, and remembers rests without restarting', () => {
    const s = acted(start, 0, 'listen', 'server');
    const seeded = labReducer(s, { type: 'settings', base: { ...s.session.base, seed: 77 } });
    expect(seeded.session.base.seed).toBe(77);
    expect(seeded.session.actions).toEqual(s.session.actions);
    const rested = labReducer(seeded, { type: 'rest', moment: 0 });
    expect(rested.version).toBe(seeded.version);
  });
});

describe('the autosave', () => {
  const session: LabSession = sessionFromScenario(
    getScenario('lost-syn') ?? newSession(1, title).base,
  );

  it('reads back exactly what it wrote', () => {
    const decoded = decodeSession(encodeSession(session, 1234));
    expect(decoded).toEqual({ ok: true, saved: { session, moment: 1234 } });
  });

  it('refuses broken saves with a reason in plain words, in English and Korean, never throwing', () => {
    const good = JSON.parse(encodeSession(session, 0)) as Record<string, unknown>;
    const noScenario = Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'scenario'));
    const cases: [string, RegExp, RegExp][] = [
      ['{not json', /the save is damaged: it is not JSON/, /JSON이 아닙니다/],
      [
        JSON.stringify({ ...good, version: 2 }),
        /not a save this version of Handshake Lab can read/,
        /이 버전의 Handshake Lab이 읽을 수 있는 저장이 아닙니다/,
      ],
      ['[1, 2]', /not a save this version/, /읽을 수 있는 저장이 아닙니다/],
      // zod's own words for this were "expected nonoptional, received undefined".
      [
        JSON.stringify(noScenario),
        /the save has no scenario, which every save has/,
        /모든 저장에 있어야 할 scenario 항목이 없습니다/,
      ],
      [
        JSON.stringify({
          ...good,
          actions: [{ kind: 'call', t: 0, endpoint: 'moon', call: 'listen' }],
        }),
        /actions\[0\]\.endpoint/,
        /actions\[0\]\.endpoint/,
      ],
      [
        JSON.stringify({ ...good, scenario: { events: 'no' } }),
        /events: expected a list of events/,
        /events: 이벤트 목록이어야 합니다/,
      ],
      [
        JSON.stringify({
          ...good,
          actions: [
            { kind: 'call', t: 50, endpoint: 'server', call: 'listen' },
            { kind: 'call', t: 10, endpoint: 'client', call: 'connect' },
          ],
        }),
        /out of time order from action 2 on/,
        /2번째 동작부터 시간 순서가 맞지 않습니다/,
      ],
    ];
    for (const [text, english, korean] of cases) {
      const decoded = decodeSession(text);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      const en = labEn.restoreFailed(decoded.problem);
      const ko = labKo.restoreFailed(decoded.problem);
      expect(en).toMatch(english);
      expect(ko).toMatch(korean);
      for (const words of [en, ko]) expect(words).not.toMatch(/nonoptional|Invalid input/);
    }
  });
});

describe('opening a file', () => {
  it('gives the schema’s located message for an invalid one', () => {
    const result = importScenarioText(
      JSON.stringify({ events: [{ t: 0, endpoint: 'server', call: 'listne' }] }),
      'bad.json',
    );
    expect(result).toEqual({
      ok: false,
      notice: {
        kind: 'import-failed',
        file: 'bad.json',
        errors: ['events[0].call: expected one of listen, connect, send, close, abort'],
      },
    });
    const broken = importScenarioText('{"events": [', 'cut.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok && broken.notice.kind === 'import-failed') {
      expect(broken.notice.errors[0]).toMatch(/^not valid JSON/);
    }
  });

  it('refuses a run too large to drive by hand', () => {
    const huge = {
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'send', bytes: 10_000_000 },
      ],
    };
    const result = importScenarioText(JSON.stringify(huge), 'huge.json');
    expect(result.ok).toBe(false);
    if (!result.ok && result.notice.kind === 'import-failed') {
      expect(result.notice.errors[0]).toMatch(/segments; the lab drives at most/);
    }
  });
});
