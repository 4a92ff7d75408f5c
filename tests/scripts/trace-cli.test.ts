/**
 * The `trace` command as a user runs it: a real process, its exit status, stdout and stderr.
 * Each spawn costs about a second, so there are only a few.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getScenario } from '../../src/scenarios/index.ts';
import { simulate, withProfile } from '../../src/sim/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SPAWN_TIMEOUT = 30_000;
/** A run the CLI's budget stops takes seconds; three run at once on a busy machine. */
const BUDGET_TIMEOUT = 180_000;

/** The eleven states of RFC 9293 §3.3.2, spelled as the RFC spells them. */
const RFC_STATES = [
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
  'CLOSED',
];

function trace(file: string, ...options: string[]) {
  const r = spawnSync(TSX, ['scripts/trace.ts', file, ...options], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'trace-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

describe('npm run trace', () => {
  it(
    'prints a valid scenario’s trace as JSON and exits 0',
    () => {
      const r = trace('src/scenarios/library/lost-syn.json');
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const parsed: unknown = JSON.parse(r.stdout);
      if (!isRecord(parsed)) throw new Error('trace is not an object');
      expect(Object.keys(parsed).sort()).toEqual(['endpoints', 'events', 'notes', 'source']);
      const events = Array.isArray(parsed.events) ? (parsed.events as unknown[]) : [];
      expect(events.length).toBeGreaterThan(0);
      let sends = 0;
      for (const e of events) {
        if (!isRecord(e)) throw new Error('event is not an object');
        if (e.type === 'send') {
          sends += 1;
          const flags = Array.isArray(e.flags) ? (e.flags as unknown[]) : [];
          // README: `ack` is null exactly when the ACK flag is clear.
          expect(e.ack === null).toBe(!flags.includes('ACK'));
          expect(typeof e.seq).toBe('number');
        }
        if (e.type === 'state') {
          expect(RFC_STATES).toContain(e.from);
          expect(RFC_STATES).toContain(e.to);
        }
      }
      expect(sends).toBe(5); // SYN, SYN (lost), SYN, SYN+ACK, ACK
      // Another process, the same bytes: the CLI prints exactly the trace simulate() returns.
      const scenario = getScenario('lost-syn');
      if (scenario === undefined) throw new Error('lost-syn is missing');
      expect(r.stdout).toBe(`${JSON.stringify(simulate(scenario), null, 2)}\n`);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'runs a scenario as Linux does with --profile linux, and refuses an unknown profile',
    () => {
      const r = trace('src/scenarios/library/client-closes-first.json', '--profile', 'linux');
      expect(r.status).toBe(0);
      const scenario = getScenario('client-closes-first');
      if (scenario === undefined) throw new Error('client-closes-first is missing');
      const linux = simulate(withProfile(scenario, 'linux'));
      expect(r.stdout).toBe(`${JSON.stringify(linux, null, 2)}\n`);
      expect(linux.source).toMatchObject({ kind: 'scenario', profile: 'linux' });
      // TCP_TIMEWAIT_LEN, not the file's 2 MSL of 240 s.
      expect(linux.events).toContainEqual(
        expect.objectContaining({ type: 'timer', timer: 'time-wait', durationMs: 60_000 }),
      );
      const bad = trace('src/scenarios/library/client-closes-first.json', '--profile', 'bsd');
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toBe('trace: --profile needs rfc9293 or linux, not "bsd"\n');
    },
    2 * SPAWN_TIMEOUT,
  );

  it(
    'rejects an invalid file with one line naming the place and the reason',
    () => {
      const file = tempFile(
        'bad-call.json',
        '{"events":[{"t":0,"endpoint":"client","call":"jump"}]}\n',
      );
      const r = trace(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `trace: ${file}: events[0].call: expected one of listen, connect, send, close, abort\n`,
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'says in one line that a file is missing',
    () => {
      const file = join(dir, 'no-such-scenario.json');
      const r = trace(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^trace: cannot read /), '']);
      expect(r.stderr).toContain(file);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'keeps a JSON syntax error on one line even when the excerpt spans lines',
    () => {
      // A hand-written file with a JavaScript literal near its end. V8's message quotes the text
      // around the error, newlines included.
      const file = tempFile('nan.json', '{\n  "events": [],\n  "seed": NaN\n}\n');
      const r = trace(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(`trace: ${file}: not valid JSON`)).toBe(true);
      expect(r.stderr).toMatch(/^[^\n]*\n$/); // one line and its newline
    },
    SPAWN_TIMEOUT,
  );
});

/** The same command, without blocking: runs that take seconds go in parallel. */
function traceAsync(
  file: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/trace.ts', file], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

const BUDGET_FIXTURES = join(ROOT, 'tests/fixtures/budget');

describe.concurrent('npm run trace on scenarios past its budget (issue 16)', () => {
  it.each([
    [
      'window-1.json',
      /^trace: .*window-1\.json: the run passed 150,000 segments at t = [\d,.]+ s: the server's receive window of 1 byte makes every byte its own segment \(67,108,864 bytes, 67,108,864 segments\)\n$/,
    ],
    [
      'mss-1.json',
      /^trace: .*mss-1\.json: the run tried to send more than 2,000 segments in one burst at t = 0\.5 s: the server's window of 65,408 bytes lets 65,408 segments of 1 byte fly at once\n$/,
    ],
    [
      'tiny-msl.json',
      /^trace: .*tiny-msl\.json: the run passed 150,000 segments at t = [\d,.]+ s: sending 67,108,864 bytes takes 125,204 segments of at most 536 bytes\n$/,
    ],
  ])(
    '%s: one line on stderr, nothing on stdout, exit 1',
    async (name, line) => {
      const r = await traceAsync(join(BUDGET_FIXTURES, name));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(line);
    },
    BUDGET_TIMEOUT,
  );

  it(
    'reads a UTF-16 file (with or without its byte-order mark) as the lab does',
    async () => {
      const text = readFileSync(join(ROOT, 'src/scenarios/library/lost-syn.json'), 'utf8');
      const le = join(dir, 'utf16le.json');
      writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const be = join(dir, 'utf16be-no-bom.json');
      writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
      const expected = trace('src/scenarios/library/lost-syn.json').stdout;
      for (const file of [le, be]) {
        const r = await traceAsync(file);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected);
      }
    },
    BUDGET_TIMEOUT,
  );

  it(
    'cuts a thousand errors to the first three and a count',
    async () => {
      const events = Array.from({ length: 1000 }, (_, i) => ({
        t: i,
        endpoint: 'client',
        call: 'jump',
      }));
      const file = tempFile('many-errors.json', JSON.stringify({ events }));
      const r = await traceAsync(file);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `trace: ${file}: ${[0, 1, 2].map((i) => `events[${String(i)}].call: expected one of listen, connect, send, close, abort`).join('; ')} (and 997 more)\n`,
      );
    },
    BUDGET_TIMEOUT,
  );
});
