/**
 * Capture-import throughput: builds a ~100 MB pcap of a few thousand interleaved TCP connections
 * in memory, parses it whole and in 4 MiB chunks (as the Web Worker does), converts the busiest
 * conversation to a Trace, and prints MB/s. When tshark is on PATH it times
 * `tshark -r FILE -T fields -e tcp.seq_raw` on the same file for comparison.
 *
 * Run alone: npx tsx scripts/bench/capture.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { conversationToTrace, createCaptureReader, readCapture } from '../../src/capture/index.ts';

const TARGET_BYTES = 100 * 1024 * 1024;
const CONCURRENT = 64;
const MSS = 1448;
const FIN = 1;
const SYN = 2;
const PSH = 8;
const ACK = 16;

interface Packet {
  fromClient: boolean;
  flags: number;
  seq: number;
  ack: number;
  len: number;
}

/** One HTTP-like connection: handshake, request, 24-segment response with ACKs, 4-segment close. */
function connection(index: number): Packet[] {
  let c = (index * 2_654_435_761) >>> 0;
  let s = (index * 40_503 + 12_345) >>> 0;
  const out: Packet[] = [];
  const push = (fromClient: boolean, flags: number, len: number): void => {
    out.push({
      fromClient,
      flags,
      seq: fromClient ? c : s,
      ack: flags & ACK ? (fromClient ? s : c) : 0,
      len,
    });
    const used = len + (flags & (SYN | FIN) ? 1 : 0);
    if (fromClient) c = (c + used) >>> 0;
    else s = (s + used) >>> 0;
  };
  push(true, SYN, 0);
  push(false, SYN | ACK, 0);
  push(true, ACK, 0);
  push(true, PSH | ACK, 300);
  for (let i = 0; i < 24; i += 1) {
    push(false, i === 23 ? PSH | ACK : ACK, MSS);
    if (i % 2 === 1) push(true, ACK, 0);
  }
  push(true, FIN | ACK, 0);
  push(false, ACK, 0);
  push(false, FIN | ACK, 0);
  push(true, ACK, 0);
  return out;
}

const FRAME_OVERHEAD = 16 + 14 + 20 + 32;

/** Writes a little-endian µs pcap of interleaved connections until TARGET_BYTES is reached. */
export function buildCapture(): { bytes: Uint8Array; connections: number; packets: number } {
  const buffer = new Uint8Array(TARGET_BYTES + 1024 * 1024);
  const view = new DataView(buffer.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, 262_144, true);
  view.setUint32(20, 1, true);
  let at = 24;
  let packets = 0;
  let started = 0;
  const active: { id: number; queue: Packet[]; next: number }[] = [];
  while (at < TARGET_BYTES) {
    while (active.length < CONCURRENT) {
      active.push({ id: started, queue: connection(started), next: 0 });
      started += 1;
    }
    for (let k = active.length - 1; k >= 0 && at < TARGET_BYTES; k -= 1) {
      const conn = active[k];
      if (conn === undefined) continue;
      const p = conn.queue[conn.next];
      conn.next += 1;
      if (conn.next >= conn.queue.length) active.splice(k, 1);
      if (p === undefined) continue;
      const frame = FRAME_OVERHEAD - 16 + p.len;
      const micros = packets * 10;
      view.setUint32(at, 1_700_000_000 + Math.floor(micros / 1e6), true);
      view.setUint32(at + 4, micros % 1e6, true);
      view.setUint32(at + 8, frame, true);
      view.setUint32(at + 12, frame, true);
      const e = at + 16;
      buffer.fill(2, e, e + 12);
      view.setUint16(e + 12, 0x0800);
      const ip = e + 14;
      view.setUint8(ip, 0x45);
      view.setUint16(ip + 2, 20 + 32 + p.len);
      view.setUint16(ip + 4, packets & 0xffff);
      view.setUint8(ip + 8, 64);
      view.setUint8(ip + 9, 6);
      const client = 0x0a00_0000 + conn.id;
      view.setUint32(ip + 12, p.fromClient ? client : 0xc0a8_0001);
      view.setUint32(ip + 16, p.fromClient ? 0xc0a8_0001 : client);
      const t = ip + 20;
      const clientPort = 1024 + (conn.id % 60_000);
      view.setUint16(t, p.fromClient ? clientPort : 443);
      view.setUint16(t + 2, p.fromClient ? 443 : clientPort);
      view.setUint32(t + 4, p.seq);
      view.setUint32(t + 8, p.ack);
      view.setUint8(t + 12, 8 << 4);
      view.setUint8(t + 13, p.flags);
      view.setUint16(t + 14, 502);
      buffer.set([1, 1, 8, 10], t + 20);
      view.setUint32(t + 24, packets);
      view.setUint32(t + 28, packets - 1);
      at += 16 + frame;
      packets += 1;
    }
  }
  return { bytes: buffer.subarray(0, at), connections: started, packets };
}

function mbPerSecond(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(1);
}

function tsharkAvailable(): boolean {
  const probe = spawnSync('tshark', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** Runs the benchmark and prints its numbers. */
export async function benchCapture(): Promise<void> {
  await Promise.resolve();
  let start = performance.now();
  const { bytes, connections, packets } = buildCapture();
  const size = bytes.length;
  console.log(
    `capture: built ${(size / 1e6).toFixed(1)} MB, ${packets} packets, ${connections} connections in ${(performance.now() - start).toFixed(0)} ms`,
  );

  // Warm the JIT on the first 8 MB so the timing below measures steady-state parsing.
  readCapture(bytes.subarray(0, 8 * 1024 * 1024));
  start = performance.now();
  const whole = readCapture(bytes);
  const wholeMs = performance.now() - start;
  if (!whole.ok) throw new Error(whole.error.message);
  const capture = whole.capture;
  console.log(
    `capture: readCapture (one buffer)      ${wholeMs.toFixed(0)} ms  ${mbPerSecond(size, wholeMs)} MB/s  (${capture.segments.length} segments, ${capture.conversations.length} streams)`,
  );

  start = performance.now();
  const reader = createCaptureReader({ totalBytes: size });
  const chunk = 4 * 1024 * 1024;
  for (let at = 0; at < size; at += chunk) reader.push(bytes.slice(at, at + chunk));
  const chunked = reader.finish();
  const chunkedMs = performance.now() - start;
  if (!chunked.ok) throw new Error(chunked.error.message);
  console.log(
    `capture: createCaptureReader (4 MiB)   ${chunkedMs.toFixed(0)} ms  ${mbPerSecond(size, chunkedMs)} MB/s`,
  );

  const busiest = capture.conversations.reduce((a, b) => (b.packets > a.packets ? b : a));
  start = performance.now();
  const trace = conversationToTrace(capture, busiest.stream, 'bench.pcap');
  if (!trace.ok) throw new Error(trace.error.message);
  console.log(
    `capture: conversationToTrace (${busiest.packets} segments) ${(performance.now() - start).toFixed(2)} ms`,
  );

  if (!tsharkAvailable()) {
    console.log('capture: tshark is not installed (not on PATH): no comparison');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'handshake-bench-'));
  try {
    const path = join(dir, 'bench.pcap');
    writeFileSync(path, bytes);
    start = performance.now();
    const run = spawnSync('tshark', ['-r', path, '-T', 'fields', '-e', 'tcp.seq_raw'], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const tsharkMs = performance.now() - start;
    if (run.status !== 0) {
      console.log(`capture: tshark failed (exit ${String(run.status)})`);
      return;
    }
    console.log(
      `capture: tshark -T fields -e tcp.seq_raw ${tsharkMs.toFixed(0)} ms  ${mbPerSecond(size, tsharkMs)} MB/s  (ours: ${mbPerSecond(size, wholeMs)} MB/s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(invoked).href) {
  benchCapture().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
