/**
 * `npm run --silent trace -- FILE.json` prints a scenario's trace as JSON on stdout;
 * `npm run --silent trace -- FILE.pcap [--stream N]` prints a captured conversation's trace (with
 * states inferred by the endpoint machine) plus the list of TCP streams in the file, numbered in
 * order of first appearance as tshark's `tcp.stream`. On bad input it prints one clear line on
 * stderr and exits non-zero.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCapture, traceConversation, type Conversation } from '../src/capture/index.ts';
import { parseScenarioText } from '../src/scenarios/index.ts';
import { simulate } from '../src/sim/index.ts';

const USAGE = 'usage: npm run --silent trace -- FILE.json | FILE.pcap [--stream N]';

function fail(message: string): never {
  process.stderr.write(`trace: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function parseArgs(argv: string[]): { file: string; stream: number } {
  let file: string | undefined;
  let stream = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--stream') {
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
  return { file, stream };
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

const { file, stream } = parseArgs(process.argv.slice(2));
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (e) {
  fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
}

if (/\.json$/i.test(file)) {
  const result = parseScenarioText(new TextDecoder().decode(bytes));
  if (!result.ok) fail(`${file}: ${result.errors.join('; ')}`);
  print(simulate(result.scenario));
} else {
  const read = readCapture(bytes, { totalBytes: bytes.length });
  if (!read.ok) fail(`${file}: ${read.error.message}`);
  const result = traceConversation(read.capture, stream, basename(file));
  if (!result.ok) fail(`${file}: ${result.error.message}`);
  for (const w of read.capture.warnings.slice(0, 5))
    process.stderr.write(`trace: warning: ${w.message}\n`);
  print({ ...result.trace, streams: read.capture.conversations.map(streamSummary) });
}
