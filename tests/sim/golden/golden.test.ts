/**
 * Golden traces: every run of the corpus (corpus.ts: the built-in scenarios, the Lab's stepping,
 * SYN-flood runs, capture-inferred traces, seeded random scenarios) must give exactly the trace
 * recorded in golden.json, byte for byte. A refactoring of the core must leave them all alone.
 *
 * When a change is MEANT to alter traces (a behaviour fix, a new field), regenerate the file
 * deliberately and review the diff of its `whole` section:
 *
 *     npx tsx tests/sim/golden/record.ts --update
 */
import { readFileSync } from 'node:fs';
import { goldenCorpus } from './corpus.ts';
import { GOLDEN_PATH, KEPT_WHOLE, goldenFileOf, type GoldenFile } from './golden-file.ts';

const recorded = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as GoldenFile;
// The corpus is a fixed set of runs (about 700), bounded by count and computed once as the file
// loads, outside any test's timeout: a busy machine makes it slower, never red.
const fresh = goldenFileOf(goldenCorpus());

describe('golden traces', () => {
  it('runs the same corpus as recorded', () => {
    expect(Object.keys(fresh.sha256)).toEqual(Object.keys(recorded.sha256));
  });

  it('gives every run the trace recorded, byte for byte', () => {
    const changed = Object.keys(recorded.sha256).filter(
      (name) => fresh.sha256[name] !== recorded.sha256[name],
    );
    expect(changed).toEqual([]);
  });

  it.each(KEPT_WHOLE)('%s equals its recorded JSON', (name) => {
    expect(fresh.whole[name]).toEqual(recorded.whole[name]);
  });
});
