/**
 * `npm run --silent trace -- FILE.json [--profile rfc9293|linux]` prints a scenario's trace as
 * JSON on stdout (`--profile` overrides the file's own "profile": the same calls as Linux runs them);
 * `npm run --silent trace -- FILE.pcap [--stream N]` prints a captured conversation's trace (with
 * states inferred by the endpoint machine) plus the list of TCP streams in the file, numbered in
 * order of first appearance as tshark's `tcp.stream`. The JSON is written piece by piece, a
 * capture is read slice by slice (so a file over 2 GiB is no problem), and a scenario runs within
 * the CLI's work budget. On any failure it prints one line on stderr and exits 1: never a stack
 * trace.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCaptureStream, traceConversation, type Conversation } from '../src/capture/index.ts';
import { budgetEn } from '../src/i18n/budget/en.ts';
import { decodeScenarioBytes, firstErrors, parseScenarioText } from '../src/scenarios/index.ts';
import { BUDGETS, BudgetError, simulate, withProfile, type Profile } from '../src/sim/index.ts';
import { jsonChunks } from './trace/jsonChunks.ts';
import { writeChunks } from './trace/writeStream.ts';

const USAGE =
  'usage: npm run --silent trace -- FILE.json [--profile rfc9293|linux] | FILE.pcap [--stream N]';
/** A scenario file is kilobytes (10,000 events are about 1 MB); anything this large is not one. */
const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;
/** One stderr line stays readable. */
const MAX_LINE_CHARS = 1000;
/** Capture files are read in slices of this size. */
const SLICE_BYTES = 1024 * 1024;

function fail(message: string): never {
  const line = message.replace(/\s+/g, ' ').trim();
  const cut = line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;
  process.stderr.write(`trace: ${cut}\n`);
  process.exit(1);
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function parseArgs(argv: string[]): { file: string; stream: number; profile?: Profile } {
  let file: string | undefined;
  let stream = 0;
  let profile: Profile | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--profile') {
      const value = argv[++i] ?? '';
      if (value !== 'rfc9293' && value !== 'linux') {
        fail(`--profile needs rfc9293 or linux, not "${value}"`);
      }
      profile = value;
    } else if (arg === '--stream') {
      const value = argv[++i] ?? '';
      if (!/^\d+$/.test(value))
        fail(`--stream needs a stream number (0, 1, 2, ...), not "${value}"`);
      stream = Number(value);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`one file at a time; ${USAGE}`);
    }
  }
  if (file === undefined) fail(USAGE);
  return { file, stream, ...(profile === undefined ? {} : { profile }) };
}

function streamSummary(c: Conversation) {
  return {
    stream: c.stream,
    a: `${c.a.address}:${c.a.port}`,
    b: `${c.b.address}:${c.b.port}`,
    packets: c.packets,
    bytes: c.bytes,
    durationMs: Math.round(c.duration * 1e6) / 1e3,
    handshake: c.hasHandshake,
    close: c.hasClose,
  };
}

/** The file's bytes, refused before reading when it is too large to be a scenario. */
async function readScenarioBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_SCENARIO_BYTES) {
      fail(
        `${file}: ${size.toLocaleString('en-US')} bytes is too large for a scenario file (at most ${MAX_SCENARIO_BYTES.toLocaleString('en-US')})`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function traceScenario(file: string, profile: Profile | undefined): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readScenarioBytes(file);
  } catch (e) {
    fail(`cannot read ${file}: ${messageOf(e)}`);
  }
  const result = parseScenarioText(decodeScenarioBytes(bytes));
  if (!result.ok) {
    const { shown, more } = firstErrors(result.errors);
    fail(`${file}: ${shown.join('; ')}${more > 0 ? ` (and ${String(more)} more)` : ''}`);
  }
  const scenario = profile === undefined ? result.scenario : withProfile(result.scenario, profile);
  try {
    return simulate(scenario, { budget: BUDGETS.cli });
  } catch (e) {
    if (e instanceof BudgetError) fail(`${file}: ${budgetEn.exceeded(e.exceeded)}`);
    throw e;
  }
}

async function traceCapture(file: string, stream: number): Promise<unknown> {
  let totalBytes: number;
  try {
    const handle = await open(file, 'r');
    totalBytes = (await handle.stat()).size;
    await handle.close();
  } catch (e) {
    fail(`cannot read ${file}: ${messageOf(e)}`);
  }
  const chunks = createReadStream(file, { highWaterMark: SLICE_BYTES });
  const read = await readCaptureStream(chunks as AsyncIterable<Uint8Array>, { totalBytes });
  chunks.destroy();
  if (!read.ok) fail(`${file}: ${read.error.message}`);
  const result = traceConversation(read.capture, stream, basename(file));
  if (!result.ok) fail(`${file}: ${result.error.message}`);
  const { warnings } = read.capture;
  for (const w of warnings.slice(0, 5)) process.stderr.write(`trace: warning: ${w.message}\n`);
  if (warnings.length > 5) {
    process.stderr.write(`trace: warning: and ${String(warnings.length - 5)} more warnings\n`);
  }
  return { ...result.trace, streams: read.capture.conversations.map(streamSummary) };
}

async function main(): Promise<void> {
  const { file, stream, profile } = parseArgs(process.argv.slice(2));
  const scenario = /\.json$/i.test(file);
  if (!scenario && profile !== undefined) fail('--profile is for scenario files, not captures');
  const output = scenario ? await traceScenario(file, profile) : await traceCapture(file, stream);
  await writeChunks(process.stdout, jsonChunks(output));
}

// A closed pipe (`| head`) ends the output; it is not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`cannot write the output: ${e.message}`);
});
process.on('uncaughtException', (e) => fail(`internal error: ${messageOf(e)}`));
main().catch((e: unknown) => fail(`internal error: ${messageOf(e)}`));
