/**
 * Records the golden corpus (corpus.ts).
 *
 *     npx tsx tests/sim/golden/record.ts --dir /tmp/golden-before   # every run's full JSON
 *     npx tsx tests/sim/golden/record.ts --update                   # rewrite golden.json
 *
 * `--dir` writes one file per run, to compare two versions of the core with `diff -r`.
 * `--update` rewrites the committed golden file: do it only when a trace is meant to change,
 * and say in the commit which traces changed and why.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { goldenCorpus } from './corpus.ts';
import { GOLDEN_PATH, canonical, goldenFileOf } from './golden-file.ts';

const [flag, dir] = process.argv.slice(2);
const corpus = goldenCorpus();
if (flag === '--dir' && dir !== undefined) {
  mkdirSync(dir, { recursive: true });
  for (const entry of corpus) {
    const file = entry.name.replace(/[^A-Za-z0-9._=#,-]/g, '_');
    writeFileSync(join(dir, `${file}.json`), `${canonical(entry.value())}\n`);
  }
  process.stdout.write(`recorded ${String(corpus.length)} runs in ${dir}\n`);
} else if (flag === '--update') {
  const text = await format(JSON.stringify(goldenFileOf(corpus)), { parser: 'json' });
  writeFileSync(GOLDEN_PATH, text);
  process.stdout.write(`wrote ${GOLDEN_PATH} (${String(corpus.length)} runs)\n`);
} else {
  process.stderr.write('usage: record.ts --dir DIR | --update\n');
  process.exit(1);
}
