/**
 * Seeded mutation fuzzing of the real captures: byte flips, truncations, inserted and deleted
 * garbage, length fields set to huge values, random bodies behind a valid header. Every parse
 * must return a result (never throw), never report an internal error, stay within a linear
 * work bound (the parser's own step counter, not wall-clock), give the same answer whole or
 * chunked, and yield traces for every stream it finds.
 */
import fc from 'fast-check';
import {
  conversationToTrace,
  createCaptureReader,
  readCapture,
  type CaptureResult,
} from '../../src/capture/index.ts';
import { allFixtures } from './helpers/fixtures.ts';
import { concat } from './helpers/packets.ts';

const SEED = 0x7c9_2024;
const RUNS = 4000;

const fixtures = allFixtures().map((f) => ({ ...f, lengthFields: lengthFields(f.bytes) }));

/** Offsets of the record / block length fields of a valid capture, for the "huge length" mutation. */
function lengthFields(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fields: number[] = [];
  if (view.getUint32(0, true) === 0x0a0d0d0a) {
    let little = true;
    for (let at = 0; at + 12 <= bytes.length;) {
      if (view.getUint32(at, little) === 0x0a0d0d0a)
        little = view.getUint32(at + 8, true) === 0x1a2b3c4d;
      const length = view.getUint32(at + 4, little);
      fields.push(at + 4, at + length - 4);
      if (view.getUint32(at, little) === 6) fields.push(at + 20, at + 24);
      at += Math.max(12, length);
    }
  } else {
    const little = view.getUint32(0, true) === 0xa1b2c3d4 || view.getUint32(0, true) === 0xa1b23c4d;
    fields.push(16);
    for (let at = 24; at + 16 <= bytes.length; at += 16 + view.getUint32(at + 8, little))
      fields.push(at + 8, at + 12);
  }
  return fields;
}

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'huge-length'; field: number; value: number }
  | { kind: 'random-body'; keep: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('huge-length' as const),
      field: fc.nat(),
      value: fc.constantFrom(
        0xffff_ffff,
        0x7fff_ffff,
        0x8000_0000,
        0xffff_fff0,
        0x0100_0000,
        0x0004_0001,
        0x1_0000,
        0,
        1,
        3,
        13,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('random-body' as const),
      keep: fc.integer({ min: 0, max: 64 }),
      bytes: fc.uint8Array({ maxLength: 3000 }),
    }),
  },
);

function apply(bytes: Uint8Array, fields: number[], m: Mutation): Uint8Array {
  const at = (n: number): number => (bytes.length === 0 ? 0 : n % bytes.length);
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[at(m.at)] = m.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at(m.at));
    case 'insert': {
      const i = at(m.at);
      return concat(bytes.subarray(0, i), m.bytes, bytes.subarray(i));
    }
    case 'delete': {
      const i = at(m.at);
      return concat(bytes.subarray(0, i), bytes.subarray(i + m.length));
    }
    case 'huge-length': {
      const out = bytes.slice();
      const field = fields.length === 0 ? 0 : (fields[m.field % fields.length] ?? 0);
      if (field + 4 <= out.length)
        new DataView(out.buffer).setUint32(field, m.value, m.field % 2 === 0);
      return out;
    }
    case 'random-body':
      return concat(bytes.subarray(0, m.keep), m.bytes);
  }
}

function readChunked(bytes: Uint8Array, size: number): CaptureResult {
  const reader = createCaptureReader();
  for (let at = 0; at < bytes.length; at += size) {
    if (reader.push(bytes.subarray(at, at + size)) === 'done') break;
  }
  return reader.finish();
}

/** What must not depend on how the file was chunked (the step count may: waiting costs a step). */
function comparable(result: CaptureResult): unknown {
  if (!result.ok) return { error: result.error, warnings: result.warnings };
  return { ...result.capture, stats: null };
}

test(`${RUNS} seeded mutations of the real captures: always a result, bounded work, no internal errors`, () => {
  let failures = 0;
  let successes = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: fixtures.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 5000 }),
      (index, mutations, chunk) => {
        const source = fixtures[index];
        if (source === undefined) return;
        const bytes = mutations.reduce((b, m) => apply(b, source.lengthFields, m), source.bytes);
        const result = readCapture(bytes);
        const stats = result.ok ? result.capture.stats : result.stats;
        const warnings = result.ok ? result.capture.warnings : result.warnings;
        expect(stats.steps).toBeLessThanOrEqual(2 * bytes.length + 64);
        expect(warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
        expect(result.ok ? 'ok' : result.error.code).not.toBe('internal-error');
        expect(comparable(readChunked(bytes, chunk))).toEqual(comparable(result));
        if (!result.ok) {
          failures += 1;
          expect(result.error.message.length).toBeGreaterThan(0);
          return;
        }
        successes += 1;
        for (const conversation of result.capture.conversations) {
          const trace = conversationToTrace(result.capture, conversation.stream, 'fuzz.pcap');
          expect(trace.ok).toBe(true);
          if (!trace.ok) continue;
          const times = trace.trace.events.map((e) => e.t);
          expect(times.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  // The mutations must exercise both outcomes, or the test proves little.
  expect(failures).toBeGreaterThan(RUNS / 20);
  expect(successes).toBeGreaterThan(RUNS / 4);
}, 60_000);
