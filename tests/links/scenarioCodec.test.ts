import { deflateSync } from 'fflate';
import { decodeBase64Url, toBase64Url } from '../../src/links/base64url.ts';
import {
  MAX_PAYLOAD_CHARS,
  MAX_SCENARIO_JSON_BYTES,
  packScenario,
  unpackScenario,
} from '../../src/links/scenarioCodec.ts';
import { openLinkedScenario } from '../../src/links/linkedScenario.ts';
import { BUDGETS, estimateCost } from '../../src/sim/index.ts';
import { openStartLink, payloadOf, LINKED_SCENARIO_KEY } from '../../src/links/linkedLibrary.ts';
import { builtInLibrary } from '../../src/scenarios/builtins.ts';
import { builtInScenarioFiles, getScenario } from '../../src/scenarios/index.ts';

const file = {
  name: 'short-link',
  title: { en: 'A short one', ko: '짧은 것' },
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
  ],
};
const deflated = (text: string): string =>
  `1.${toBase64Url(deflateSync(new TextEncoder().encode(text)))}`;

describe('base64url', () => {
  it('round-trips every byte value and refuses other alphabets', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBase64Url(text)).toEqual({ ok: true, bytes });
    expect(decodeBase64Url('ab+c')).toEqual({
      ok: false,
      problem: 'bad-character',
      position: 2,
      character: '+',
    });
    expect(decodeBase64Url('abcde')).toEqual({
      ok: false,
      problem: 'impossible-length',
      length: 5,
    });
  });
});

describe('scenario payloads', () => {
  it('packs a scenario file and unpacks the same JSON', () => {
    const payload = packScenario(file);
    expect(payload.startsWith('1.')).toBe(true);
    expect(unpackScenario(payload)).toEqual({ ok: true, json: file });
    // Compression earns its place on a real scenario: well under the JSON a plain link would carry.
    for (const builtIn of builtInScenarioFiles) {
      const raw = encodeURIComponent(JSON.stringify(builtIn)).length;
      expect(packScenario(builtIn).length).toBeLessThan(raw * 0.6);
    }
  });

  it('refuses, with a reason, everything a hostile or mangled link can hold', () => {
    const problem = (p: string) => {
      const r = unpackScenario(p);
      return r.ok ? null : r.problem;
    };
    expect(problem(`1.${'A'.repeat(MAX_PAYLOAD_CHARS)}`)).toEqual({
      kind: 'too-long',
      length: MAX_PAYLOAD_CHARS + 2,
      max: MAX_PAYLOAD_CHARS,
    });
    expect(problem('2.abcd')).toEqual({ kind: 'unknown-version', version: '2' });
    expect(problem('no-dot')).toEqual({ kind: 'unknown-version', version: '' });
    // Each way a payload breaks has its own message (issue 16).
    expect(problem('1.a+b/')).toEqual({ kind: 'bad-character', position: 1, character: '+' });
    expect(problem('1.')).toEqual({ kind: 'empty' });
    expect(problem('1.abcde')).toEqual({ kind: 'impossible-length', length: 5 });
    expect(problem(`1.${toBase64Url(new Uint8Array([255, 0, 1, 2, 3]))}`)).toEqual({
      kind: 'bad-compression',
    });
    // A cut-off link: the stream ends early.
    expect(problem(packScenario(file).slice(0, 20))).toEqual({ kind: 'cut-short' });
    expect(problem(deflated('{"events": ['))?.kind).toBe('bad-json');
  });

  it('stops inflating a zip bomb as soon as it passes the limit', () => {
    const bomb = deflated(' '.repeat(30 * MAX_SCENARIO_JSON_BYTES));
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS);
    expect(unpackScenario(bomb)).toEqual({
      ok: false,
      problem: { kind: 'too-large', max: MAX_SCENARIO_JSON_BYTES },
    });
    // Exactly at the limit is still fine.
    const json = JSON.stringify(file);
    const bytes = new TextEncoder().encode(json).length;
    expect(unpackScenario(deflated(json + ' '.repeat(MAX_SCENARIO_JSON_BYTES - bytes))).ok).toBe(
      true,
    );
    expect(
      unpackScenario(deflated(json + ' '.repeat(MAX_SCENARIO_JSON_BYTES - bytes + 1))).ok,
    ).toBe(false);
  });
});

describe('linked scenarios', () => {
  it('validates with the scenario schema and says where and why', () => {
    const result = openLinkedScenario(
      packScenario({ events: [{ t: 0, endpoint: 'client', call: 'explode' }] }),
    );
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        errors: ['events[0].call: expected one of listen, connect, send, close, abort'],
        more: 0,
      },
    });
  });

  it('refuses a run too large for a link before simulating it', () => {
    const heavy = {
      client: { mss: 1 },
      events: [{ t: 0, endpoint: 'client', call: 'send', bytes: 60_000 }],
    };
    const result = openLinkedScenario(packScenario(heavy));
    expect(result.ok ? null : result.problem).toEqual({
      kind: 'too-heavy',
      segments: 120_010,
      max: BUDGETS.link.segments,
      cause: { code: 'small-mss', mss: 1, bytes: 60_000, segments: 60_000 },
    });
    const scenario = getScenario('transfer-64k');
    if (scenario === undefined) throw new Error('missing scenario');
    expect(estimateCost(scenario).segments).toBeLessThan(BUDGETS.link.segments);
  });

  it('estimates the quoted 205-character link honestly, and refuses it before running', () => {
    const quoted = {
      server: { window: 1, windowScale: null, mss: 65495 },
      client: { mss: 65495 },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'send', bytes: 20_000 },
      ],
    };
    const result = openLinkedScenario(packScenario(quoted));
    expect(result.ok ? null : result.problem).toMatchObject({
      kind: 'too-heavy',
      segments: 40_014,
      cause: { code: 'small-window', window: 1, segments: 20_000 },
    });
  });

  it('stops a run the estimate lets through at the link budget', () => {
    // Every segment is dropped and retried up to 30 times: cheap to estimate, costly to run.
    const drops = Array.from({ length: 1000 }, (_, i) => ({ from: 'client', index: i + 1 }));
    const costly = {
      maxRetransmissions: 30,
      rto: { initialMs: 1, minMs: 1, maxMs: 1 },
      network: { drop: drops },
      events: Array.from({ length: 200 }, (_, i) => ({
        t: i * 100_000,
        endpoint: 'client',
        call: 'connect',
      })),
    };
    const result = openLinkedScenario(packScenario(costly));
    expect(result.ok ? null : result.problem.kind).toBe('over-budget');
  });

  it('keeps markup in a title as plain text, to be shown as text', () => {
    const title = '<script>alert(1)</script>';
    const result = openLinkedScenario(packScenario({ ...file, title: { en: title } }));
    expect(result.ok && result.scenario.title).toEqual({ en: title, ko: title });
  });

  it('reads the payload from the fragment, and refuses an overlong one unparsed', () => {
    expect(payloadOf('#s=1.abc&x=1')).toBe('1.abc');
    expect(payloadOf('#x=1')).toBeNull();
    expect(payloadOf('')).toBeNull();
    const long = `#s=${'A'.repeat(20_000)}`;
    expect(payloadOf(long)).toBe(long);
  });

  it('opens a link: the custom scenario becomes the default, or a problem is reported', async () => {
    const base = builtInLibrary();
    const opened = await openStartLink(base, {
      search: '?step=2',
      hash: `#s=${packScenario(file)}`,
    });
    expect(opened.problem).toBeNull();
    expect(opened.library.defaultName).toBe(LINKED_SCENARIO_KEY);
    expect(opened.library.names[0]).toBe(LINKED_SCENARIO_KEY);
    expect((await opened.library.texts('ko'))[LINKED_SCENARIO_KEY]?.title).toBe('짧은 것');
    expect(opened.library.names.slice(1)).toEqual(base.names);
    expect(opened.library.loaded(LINKED_SCENARIO_KEY)?.source).toEqual({
      kind: 'scenario',
      name: 'short-link',
      seed: expect.any(Number) as number,
    });
    expect((await opened.library.load(LINKED_SCENARIO_KEY))?.source.kind).toBe('scenario');
    expect(opened.library.loaded('lost-syn')).toBeNull();
    expect(await opened.library.load('lost-syn')).not.toBeNull();
    expect(opened.library.loaded('lost-syn')).not.toBeNull();

    const unknown = await openStartLink(base, { search: '?scenario=nope', hash: '' });
    expect(unknown).toEqual({ library: base, problem: { kind: 'unknown-scenario', name: 'nope' } });
    const broken = await openStartLink(base, { search: '', hash: '#s=1.!!' });
    expect(broken.library).toBe(base);
    expect(broken.problem).toEqual({ kind: 'bad-character', position: 0, character: '!' });
  });
});
