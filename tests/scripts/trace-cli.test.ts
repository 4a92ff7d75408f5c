/**
 * The `trace` command as a user runs it: a real process, its exit status, stdout and stderr.
 * Each spawn costs about a second, so there are only a few.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getScenario } from '../../src/scenarios/index.ts';
import { simulate } from '../../src/sim/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SPAWN_TIMEOUT = 30_000;

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

function trace(file: string) {
  const r = spawnSync(TSX, ['scripts/trace.ts', file], {
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
