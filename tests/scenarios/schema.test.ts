/**
 * Scenario files are untrusted input: each mistake is rejected with one message naming the place
 * and the reason; what is omitted gets its documented default (README, "Scenario files"); the
 * same file always gives the same trace; and every built-in speaks English and Korean.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtInScenarioFiles,
  builtInScenarios,
  parseScenario,
  parseScenarioText,
} from '../../src/scenarios/index.ts';
import { type Scenario, simulate } from '../../src/sim/index.ts';
import { INVALID_SCENARIO_FILES } from './invalidFiles.ts';

const LIBRARY_DIR = join(import.meta.dirname, '../../src/scenarios/library');
const LIBRARY_TESTS_DIR = join(import.meta.dirname, '../sim/library');
const HANGUL = /[\uac00-\ud7a3]/;

const CONNECT = { t: 0, endpoint: 'client', call: 'connect' };

function errorsOf(text: string): string[] {
  const r = parseScenarioText(text);
  return r.ok ? [] : r.errors;
}

function parsed(file: unknown): Scenario {
  const r = parseScenario(file);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('an invalid scenario file is rejected with exactly one precise message', () => {
  const cases = INVALID_SCENARIO_FILES;

  it.each(cases)('%s', (_label, file, message) => {
    expect(errorsOf(JSON.stringify(file))).toEqual([message]);
  });

  it('names the single send that is too large', () => {
    const file = { events: [{ t: 0, endpoint: 'client', call: 'send', bytes: 2 ** 26 + 1 }] };
    expect(errorsOf(JSON.stringify(file))).toContain('events[0].bytes: must be at most 67108864');
  });

  it('reports every problem, each with its place', () => {
    const file = {
      events: [
        { t: -1, endpoint: 'client', call: 'connect' },
        { t: 0, endpoint: 'client', call: 'jump' },
      ],
    };
    expect(errorsOf(JSON.stringify(file))).toEqual([
      'events[0].t: must be at least 0',
      'events[1].call: expected one of listen, connect, send, close, abort',
    ]);
  });

  it('says when the text is not JSON at all', () => {
    const errors = errorsOf('{ "events": [ { t: 0 } ] }');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not valid JSON/);
  });

  it('rejects JSON that is not an object', () => {
    for (const text of ['[]', 'null', '42']) {
      const errors = errorsOf(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^\(top level\): /);
    }
  });
});

describe('omitted fields get their documented defaults', () => {
  const minimal = {
    events: [
      { t: 0, endpoint: 'server', call: 'listen' },
      { ...CONNECT, t: 10 },
    ],
  };

  it('fills in every default of the README table', () => {
    const defaults = { isn: null, window: 65535, mss: 1460, windowScale: 7, sackPermitted: true };
    expect(parsed(minimal)).toMatchObject({
      name: 'custom',
      client: { ...defaults, port: 50000 },
      server: { ...defaults, port: 80 },
      delayMs: { clientToServer: 100, serverToClient: 100 },
      mslMs: 120_000, // RFC 9293 §3.4.2: MSL = 2 minutes
      rto: { initialMs: 1000, minMs: 1000, maxMs: 60_000 }, // RFC 6298 §2.1, §2.4, §2.5
      maxRetransmissions: 5,
      network: { drop: [], delay: [], duplicate: [] },
    });
  });

  it('draws omitted ISNs from the seeded generator and says so in a note', () => {
    const scenario = parsed(minimal);
    const trace = simulate(scenario);
    expect(trace.endpoints.client.isnSource).toBe('seeded');
    expect(trace.endpoints.server.isnSource).toBe('seeded');
    expect(trace.notes.map((n) => n.code)).toContain('note-isn-seeded');
    expect(trace.source).toEqual({ kind: 'scenario', name: 'custom', seed: scenario.seed });
    // The SYN starts at the drawn ISN (RFC 9293 §3.10.1: SEQ = ISS).
    const syn = trace.events.find((e) => e.type === 'send');
    expect(syn?.type === 'send' ? syn.seq : null).toBe(trace.endpoints.client.isn);
  });

  it('keeps ISNs that are given, with no note', () => {
    const trace = simulate(parsed({ ...minimal, client: { isn: 7 }, server: { isn: 9 } }));
    expect(trace.endpoints.client).toMatchObject({ isn: 7, isnSource: 'scenario' });
    expect(trace.endpoints.server).toMatchObject({ isn: 9, isnSource: 'scenario' });
    expect(trace.notes.map((n) => n.code)).not.toContain('note-isn-seeded');
  });

  it('takes isn as a list: one ISN per connect(), the last used again past the end', () => {
    const file = {
      client: { isn: [7, 70_000] },
      server: { isn: 9 },
      events: [
        { t: 0, endpoint: 'client', call: 'connect' },
        { t: 5, endpoint: 'client', call: 'abort' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 15, endpoint: 'client', call: 'abort' },
        { t: 20, endpoint: 'client', call: 'connect' },
      ],
    };
    const scenario = parsed(file);
    expect(scenario.client).toMatchObject({ isn: 7, laterIsns: [70_000] });
    expect(scenario.server).not.toHaveProperty('laterIsns');
    const trace = simulate(scenario);
    const syns = trace.events.filter((e) => e.type === 'send' && e.from === 'client');
    expect(syns.map((e) => (e.type === 'send' ? [e.t, e.seq] : null))).toEqual([
      [0, 7],
      [10, 70_000],
      [20, 70_000],
    ]);
    expect(trace.endpoints.client).toMatchObject({ isn: 7, isnSource: 'scenario' });
  });

  it('reads a one-item list as the single number it always was', () => {
    expect(simulate(parsed({ ...minimal, client: { isn: [7] } }))).toEqual(
      simulate(parsed({ ...minimal, client: { isn: 7 } })),
    );
  });

  it('derives the seed from the name: same name, same ISNs; another name, others', () => {
    const a = simulate(parsed({ ...minimal, name: 'alpha' })).endpoints;
    const again = simulate(parsed({ ...minimal, name: 'alpha' })).endpoints;
    const b = simulate(parsed({ ...minimal, name: 'beta' })).endpoints;
    expect([again.client.isn, again.server.isn]).toEqual([a.client.isn, a.server.isn]);
    expect([b.client.isn, b.server.isn]).not.toEqual([a.client.isn, a.server.isn]);
    expect(parsed({ ...minimal, name: 'alpha', seed: 42 }).seed).toBe(42);
  });

  it('puts the defaults on the wire: ports, delay, SYN options, RTO, 2 MSL', () => {
    const file = {
      events: [
        ...minimal.events,
        { t: 500, endpoint: 'client', call: 'close' },
        { t: 600, endpoint: 'server', call: 'close' },
      ],
    };
    const trace = simulate(parsed(file));
    const sends = trace.events.flatMap((e) => (e.type === 'send' ? [e] : []));
    const syn = sends[0];
    expect(syn).toMatchObject({
      srcPort: 50000,
      dstPort: 80,
      t: 10,
      arrivesAt: 110,
      window: 65535,
      options: { mss: 1460, windowScale: 7, sackPermitted: true },
    });
    const timers = trace.events.flatMap((e) => (e.type === 'timer' ? [e] : []));
    expect(timers.find((e) => e.action === 'start')?.durationMs).toBe(1000);
    expect(timers.find((e) => e.timer === 'time-wait')?.durationMs).toBe(240_000);
  });

  it('honours windowScale: null: no option offered, so windows stay unscaled (RFC 7323 §1.3)', () => {
    const trace = simulate(parsed({ ...minimal, client: { windowScale: null } }));
    const sends = trace.events.flatMap((e) => (e.type === 'send' ? [e] : []));
    expect(sends.map((s) => s.options.windowScale)).toEqual([undefined, undefined, undefined]);
    expect(sends.map((s) => s.window)).toEqual([65535, 65535, 65535]);
  });

  it('takes a one-way delay per direction', () => {
    const file = { ...minimal, oneWayDelayMs: { clientToServer: 30, serverToClient: 70 } };
    const sends = simulate(parsed(file)).events.flatMap((e) => (e.type === 'send' ? [e] : []));
    expect(sends.map((s) => [s.from, s.t, s.arrivesAt])).toEqual([
      ['client', 10, 40],
      ['server', 40, 110],
      ['client', 110, 140],
    ]);
  });
});

describe('title and description take one text for both languages, or one per language', () => {
  const events = [CONNECT];

  it('uses a plain text for English and Korean alike', () => {
    const scenario = parsed({ title: 'Lost SYN', description: 'The SYN is lost.', events });
    expect(scenario.title).toEqual({ en: 'Lost SYN', ko: 'Lost SYN' });
    expect(scenario.description).toEqual({ en: 'The SYN is lost.', ko: 'The SYN is lost.' });
  });

  it('keeps each language of a pair, and falls back to English for a missing Korean', () => {
    const scenario = parsed({
      title: { en: 'Lost SYN', ko: '잃어버린 SYN' },
      description: { en: 'Gone.' },
      events,
    });
    expect(scenario.title).toEqual({ en: 'Lost SYN', ko: '잃어버린 SYN' });
    expect(scenario.description).toEqual({ en: 'Gone.', ko: 'Gone.' });
  });

  it('mixes both forms in one file, and accepts the "$schema" editors use', () => {
    const scenario = parsed({
      $schema: 'https://lab.example/schema/scenario.v1.json',
      title: { en: 'Lost SYN', ko: '잃어버린 SYN' },
      description: '설명',
      events,
    });
    expect(scenario.description).toEqual({ en: '설명', ko: '설명' });
  });
});

describe('the same scenario gives the same trace, byte for byte', () => {
  it.each(builtInScenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
  });

  it('parsing the same text twice changes nothing', () => {
    const text = JSON.stringify({ name: 'twice', events: [{ ...CONNECT, t: 10 }] });
    const once = parseScenarioText(text);
    const twice = parseScenarioText(text);
    if (!once.ok || !twice.ok) throw new Error('should parse');
    expect(JSON.stringify(simulate(twice.scenario))).toBe(JSON.stringify(simulate(once.scenario)));
  });
});

interface Localized {
  en?: unknown;
  ko?: unknown;
}

function texts(file: unknown, field: 'title' | 'description'): Localized {
  if (typeof file !== 'object' || file === null || !(field in file)) return {};
  const value: unknown = (file as Record<string, unknown>)[field];
  return typeof value === 'object' && value !== null ? value : {};
}

describe('the built-in library', () => {
  const files = readdirSync(LIBRARY_DIR).filter((f) => f.endsWith('.json'));
  const raw = files.map(
    (f) => [f, JSON.parse(readFileSync(join(LIBRARY_DIR, f), 'utf8'))] as const,
  );

  it('holds the 22 scenario files, all loaded, with unique names matching their files', () => {
    expect(files).toHaveLength(22);
    expect(builtInScenarioFiles).toHaveLength(22);
    const names = builtInScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(22);
    expect([...names].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
  });

  it.each(raw)('%s has an English and a Korean title and description', (_file, file) => {
    for (const field of ['title', 'description'] as const) {
      const { en, ko } = texts(file, field);
      expect(typeof en === 'string' && en.trim().length > 0).toBe(true);
      expect(typeof ko === 'string' && HANGUL.test(ko)).toBe(true);
    }
  });

  it.each(files)('%s has its own test in tests/sim/library', (file) => {
    expect(existsSync(join(LIBRARY_TESTS_DIR, file.replace(/\.json$/, '.test.ts')))).toBe(true);
  });
});

describe('schema errors in Korean', () => {
  it.each(INVALID_SCENARIO_FILES)('%s', (_what, file, english) => {
    const result = parseScenario(file, 'ko');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [message] = result.errors;
    // The same place, said in Korean: no English words left but the format's own names.
    expect(message?.split(': ')[0]).toBe(
      english.split(': ')[0]?.replace('(top level)', '(최상위)'),
    );
    expect(message).toMatch(/[가-힣]/);
    expect(message).not.toMatch(/\b(expected|must|needs|only|unknown|Invalid|received)\b/);
  });

  it('says zod’s own messages with zod’s Korean locale', () => {
    const drop = Array.from({ length: 1001 }, () => ({ from: 'client', index: 1 }));
    const en = parseScenario({ events: [], network: { drop } });
    const ko = parseScenario({ events: [], network: { drop } }, 'ko');
    expect(en.ok ? '' : en.errors[0]).toMatch(/^network\.drop: Too big/);
    expect(ko.ok ? '' : ko.errors[0]).toMatch(/^network\.drop: .*너무 큽니다/);
  });

  it('says a broken JSON file is not JSON, in Korean', () => {
    const result = parseScenarioText('{"events": [', 'ko');
    expect(result.ok ? '' : result.errors[0]).toMatch(/^올바른 JSON이 아닙니다/);
  });
});
