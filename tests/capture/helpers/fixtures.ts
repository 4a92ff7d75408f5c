/**
 * The real captures in tests/fixtures/captures (copied from /work/shared/captures) and their
 * tshark truth files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/captures');

/** One truth entry: a TCP segment as tshark 4.0.17 decoded it. */
export interface TruthSegment {
  frame: number;
  time: number;
  src: string;
  sport: number;
  dst: string;
  dport: number;
  flags: string[];
  seq: number;
  ack: number | null;
  len: number;
  stream: number;
}

export interface Fixture {
  /** Path relative to the fixture directory, e.g. "live/e_refused.pcap". */
  name: string;
  bytes: Uint8Array;
  truth: TruthSegment[];
}

function isTruthArray(value: unknown): value is TruthSegment[] {
  return Array.isArray(value);
}

function truthOf(path: string): TruthSegment[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (isTruthArray(parsed)) return parsed;
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'segments' in parsed &&
    isTruthArray(parsed.segments)
  ) {
    return parsed.segments;
  }
  throw new Error(`unexpected truth file ${path}`);
}

/** Every capture file with its truth, top level and live/. */
export function allFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const dir of ['', 'live']) {
    for (const file of readdirSync(join(FIXTURE_DIR, dir)).sort()) {
      const match = /^(.*)\.(pcap|pcapng)$/.exec(file);
      if (match === null) continue;
      const name = dir === '' ? file : `${dir}/${file}`;
      const stem = match[1] ?? '';
      fixtures.push({
        name,
        bytes: new Uint8Array(readFileSync(join(FIXTURE_DIR, dir, file))),
        truth: truthOf(join(FIXTURE_DIR, dir, `${stem}.truth.json`)),
      });
    }
  }
  return fixtures;
}

/** One fixture by name. */
export function fixture(name: string): Fixture {
  const found = allFixtures().find((f) => f.name === name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
}
