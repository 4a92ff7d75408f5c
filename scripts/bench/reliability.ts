/**
 * Reliability, as counts: seeded fuzz cases run against the capture reader, the scenario
 * validator plus the budgeted simulator, and the link opener, each with its failures (expected
 * 0). A failure is an exception that escaped, an internal error reported by the reader, or a
 * run that neither finished nor stopped with the budget error. Seeded, so the same cases every
 * time.
 *
 * Run alone: npx tsx scripts/bench/reliability.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync, strToU8 } from 'fflate';
import { conversationToTrace, readCapture } from '../../src/capture/index.ts';
import { openLinkedScenario } from '../../src/links/linkedScenario.ts';
import { packScenario } from '../../src/links/scenarioCodec.ts';
import { builtInScenarioFiles, parseScenario } from '../../src/scenarios/index.ts';
import { BUDGETS, createRng, trySimulate } from '../../src/sim/index.ts';

const CAPTURE_CASES = 2000;
const SCENARIO_CASES = 1000;
const SEED = 16;
const CAPTURES = join(import.meta.dirname, '../../tests/fixtures/captures');

interface Tally {
  cases: number;
  failures: number;
  first: string | null;
}

function tally(): Tally {
  return { cases: 0, failures: 0, first: null };
}

function attempt(t: Tally, what: string, run: () => boolean): void {
  t.cases += 1;
  let ok: boolean;
  let detail = what;
  try {
    ok = run();
  } catch (e) {
    ok = false;
    detail = `${what}: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (!ok) {
    t.failures += 1;
    t.first ??= detail;
  }
}

function captureFiles(dir: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...captureFiles(path));
    else if (/\.pcap(ng)?$/.test(entry.name)) out.push(new Uint8Array(readFileSync(path)));
  }
  return out;
}

/** Byte flips, truncations and inserted garbage on the test captures. */
function fuzzCaptures(rng: { nextU32(): number }): Tally {
  const t = tally();
  const files = captureFiles(CAPTURES);
  const pick = (n: number): number => rng.nextU32() % Math.max(1, n);
  for (let i = 0; i < CAPTURE_CASES; i++) {
    const source = files[pick(files.length)];
    if (source === undefined) break;
    let bytes = source.slice();
    for (let m = 1 + pick(4); m > 0; m--) {
      const kind = pick(3);
      const at = pick(bytes.length);
      if (kind === 0) bytes[at] = pick(256);
      else if (kind === 1) bytes = bytes.slice(0, at);
      else {
        const garbage = Uint8Array.from({ length: 1 + pick(64) }, () => pick(256));
        bytes = new Uint8Array([...bytes.subarray(0, at), ...garbage, ...bytes.subarray(at)]);
      }
    }
    attempt(t, `capture case ${String(i)}`, () => {
      const read = readCapture(bytes, { totalBytes: bytes.length });
      if (!read.ok) return read.error.code !== 'internal-error';
      if (read.capture.warnings.some((w) => w.code === 'internal-error')) return false;
      for (const c of read.capture.conversations.slice(0, 3)) {
        const traced = conversationToTrace(read.capture, c.stream, 'fuzz.pcap');
        if (!traced.ok && traced.error.code === 'internal-error') return false;
      }
      return true;
    });
  }
  return t;
}

/** Extreme values put into the built-in scenario files, validated and run within a link budget. */
function fuzzScenarios(rng: { nextU32(): number }): Tally {
  const t = tally();
  const pick = (n: number): number => rng.nextU32() % Math.max(1, n);
  const extremes: unknown[] = [0, 1, -1, 2 ** 40, 1e20, 65535, 65495, 0.5, NaN, null, 'x', [], {}];
  const fields = ['window', 'mss', 'windowScale', 'isn'];
  for (let i = 0; i < SCENARIO_CASES; i++) {
    const base = builtInScenarioFiles[pick(builtInScenarioFiles.length)];
    const file = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    const side = pick(2) === 0 ? 'client' : 'server';
    const spec = (file[side] ?? {}) as Record<string, unknown>;
    spec[fields[pick(fields.length)] ?? 'mss'] = extremes[pick(extremes.length)];
    if (pick(2) === 0) spec.window = 1 + pick(4);
    if (pick(2) === 0) spec.windowScale = null;
    file[side] = spec;
    if (pick(3) === 0) file.mslMs = 1 + pick(600_000);
    if (pick(3) === 0) file.oneWayDelayMs = pick(3_600_001);
    const events = Array.isArray(file.events) ? (file.events as unknown[]) : [];
    events.push({
      t: 500 + pick(1000),
      endpoint: 'client',
      call: 'send',
      bytes: 1 + pick(2 ** 26),
    });
    file.events = events;
    attempt(t, `scenario case ${String(i)}`, () => {
      const parsed = parseScenario(file);
      if (!parsed.ok) return parsed.errors.length > 0;
      const result = trySimulate(parsed.scenario, { budget: BUDGETS.link });
      return result.ok || result.exceeded.limit === BUDGETS.link[result.exceeded.resource];
    });
  }
  return t;
}

/** Links as a hostile user writes them. */
function hostileLinks(): Tally {
  const t = tally();
  const deflated = (text: string): string => `1.${toBase64Url(deflateSync(strToU8(text)))}`;
  const valid = packScenario(builtInScenarioFiles[0]);
  const payloads: string[] = [
    '',
    '1.',
    '1.!!',
    '1.abcde',
    '2.abcd',
    'no-dot',
    `1.${'A'.repeat(2_000_000)}`,
    deflated(' '.repeat((400 * 1024 * 1024) / 1024)),
    deflated('{"__proto__": {"polluted": true}, "events": []}'),
    deflated('{"constructor": {"prototype": {}}, "events": []}'),
    deflated('{"events": [{"t": NaN}]}'),
    deflated('{"events": [{"t": 1e20, "endpoint": "client", "call": "connect"}]}'),
    deflated(`{"title": "<script>alert(1)</script>", "events": []}`),
    packScenario({
      server: { window: 1, windowScale: null, mss: 65495 },
      client: { mss: 65495 },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'send', bytes: 67_108_864 },
      ],
    }),
  ];
  for (let cut = 1; cut < valid.length; cut += 3) payloads.push(valid.slice(0, cut));
  for (let i = 2; i < valid.length; i += 5) payloads.push(`${valid.slice(0, i)}%${valid.slice(i)}`);
  for (const payload of payloads) {
    attempt(t, `link ${payload.slice(0, 24)}`, () => {
      const opened = openLinkedScenario(payload);
      return opened.ok || typeof opened.problem.kind === 'string';
    });
  }
  return t;
}

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function line(name: string, what: string, t: Tally): string {
  const first = t.first === null ? '' : ` (first: ${t.first})`;
  return `  ${name.padEnd(16)} ${t.cases.toLocaleString('en-US').padStart(6)} ${what}, ${String(t.failures)} failures${first}`;
}

/** Prints the reliability figure. */
export function benchReliability(): void {
  const rng = createRng(SEED);
  console.log('reliability (failures expected: 0)');
  console.log(line('capture fuzz', 'cases run', fuzzCaptures(rng)));
  console.log(line('scenario fuzz', 'cases run', fuzzScenarios(rng)));
  console.log(line('hostile links', 'tried', hostileLinks()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchReliability();
