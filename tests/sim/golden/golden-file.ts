/**
 * The committed golden file: the SHA-256 of every corpus run's canonical JSON, and the full JSON
 * of a few small runs so that a reviewer sees what changed. Canonical JSON is `JSON.stringify`
 * of the value as the core builds it (key order included), the bytes `npm run trace` prints
 * minus the indentation: a trace that changes in any byte changes its hash.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldenEntry } from './corpus.ts';

/** Where the golden file lives. */
export const GOLDEN_PATH = join(dirname(fileURLToPath(import.meta.url)), 'golden.json');

/** The runs kept whole in the golden file (small, and covering each kind of run). */
export const KEPT_WHOLE: readonly string[] = [
  'scenario/basic-handshake',
  'scenario/lost-syn',
  'flood/synCookies=true,backlog=1,attackSyns=6,attackIntervalMs=0,clientConnectMs=0',
  'capture/live/e_refused.pcap#0',
];

/** The golden file's shape. */
export interface GoldenFile {
  regenerate: string;
  sha256: Record<string, string>;
  whole: Record<string, unknown>;
}

/** The canonical JSON of a run. */
export function canonical(value: unknown): string {
  return JSON.stringify(value);
}

/** The SHA-256 of a canonical JSON text, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Computes the golden file of a corpus. */
export function goldenFileOf(corpus: readonly GoldenEntry[]): GoldenFile {
  const file: GoldenFile = {
    regenerate: 'npx tsx tests/sim/golden/record.ts --update (only for a deliberate trace change)',
    sha256: {},
    whole: {},
  };
  for (const entry of corpus) {
    const text = canonical(entry.value());
    file.sha256[entry.name] = sha256(text);
    if (KEPT_WHOLE.includes(entry.name)) file.whole[entry.name] = JSON.parse(text) as unknown;
  }
  return file;
}
