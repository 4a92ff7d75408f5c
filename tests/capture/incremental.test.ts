import { ByteQueue } from '../../src/capture/byte-queue.ts';
import {
  createCaptureReader,
  readCapture,
  readCaptureStream,
  type ReadProgress,
} from '../../src/capture/index.ts';
import { exchangePcap, handshake, type Step } from './helpers/conversation.ts';
import { fixture } from './helpers/fixtures.ts';
import { pcapFile } from './helpers/files.ts';
import { ethernet, ipv4 } from './helpers/packets.ts';
import { summarizeFailure } from '../../src/ui/capture/captureSummary.ts';

const many: Step[] = Array.from({ length: 200 }, (_, i) => ({
  at: i,
  from: 'c',
  flags: ['ACK'],
  seq: 1 + i,
  ack: 1,
  clientPort: 1000 + (i % 7),
}));
const file = exchangePcap(many);

describe('ByteQueue', () => {
  test('views within a chunk, copies across chunks, tracks the file offset', () => {
    const q = new ByteQueue();
    const a = new Uint8Array([1, 2, 3]);
    q.push(a);
    q.push(new Uint8Array([4, 5]));
    q.push(new Uint8Array(0));
    q.push(new Uint8Array([6]));
    expect(q.length).toBe(6);
    const view = q.peek(2);
    expect(view?.buffer).toBe(a.buffer);
    expect([...(q.peek(6) ?? [])]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(q.peek(7)).toBeUndefined();
    q.skip(2);
    expect([...(q.peek(3) ?? [])]).toEqual([3, 4, 5]);
    expect(q.offset).toBe(2);
    q.skip(3);
    expect([...(q.peek(1) ?? [])]).toEqual([6]);
    q.skip(10);
    expect([q.length, q.offset]).toEqual([0, 6]);
    expect(q.peek(0)?.length).toBe(0);
  });
});

describe('incremental reading', () => {
  test('progress is reported in order and ends at the file size', () => {
    const reports: ReadProgress[] = [];
    const reader = createCaptureReader({
      totalBytes: file.length,
      onProgress: (p) => reports.push(p),
      progressIntervalBytes: 1000,
    });
    for (let at = 0; at < file.length; at += 777) reader.push(file.subarray(at, at + 777));
    const result = reader.finish();
    expect(result.ok).toBe(true);
    const bytes = reports.map((r) => r.bytesRead);
    expect(bytes).toEqual([...bytes].sort((x, y) => x - y));
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.at(-1)).toEqual({
      bytesRead: file.length,
      totalBytes: file.length,
      frames: 200,
      segments: 200,
    });
    expect(reader.progress()).toMatchObject({ frames: 200 });
  });

  test('readCapture reports progress inside one big chunk', () => {
    const reports: number[] = [];
    readCapture(file, {
      onProgress: (p) => reports.push(p.bytesRead),
      progressIntervalBytes: 2048,
    });
    expect(reports.length).toBeGreaterThanOrEqual(Math.floor(file.length / 2048));
    expect(reports.at(-1)).toBe(file.length);
  });

  test('finish() twice gives the same result; pushes after a stop are refused', () => {
    const reader = createCaptureReader({ maxFrames: 10 });
    expect(reader.push(file)).toBe('done');
    expect(reader.push(file)).toBe('done');
    const first = reader.finish();
    expect(reader.finish()).toBe(first);
  });

  test('maxFrames stops reading with a clear warning and keeps what was read', () => {
    const result = readCapture(file, { maxFrames: 50 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.capture.segments).toHaveLength(50);
    expect(result.capture.complete).toBe(false);
    expect(result.capture.warnings.at(-1)).toMatchObject({
      code: 'limit-reached',
      packet: 51,
      stopped: true,
      message: expect.stringContaining(
        'the capture has more than 50 frames (maxFrames); reading stopped here',
      ) as unknown,
    });
  });

  test('maxSegments stops reading too', () => {
    const result = readCapture(file, { maxSegments: 3 });
    expect(result.ok && result.capture.segments.length).toBe(3);
    expect(result.ok && result.capture.warnings.at(-1)?.code).toBe('limit-reached');
  });

  test('warnings beyond the per-code limit are counted, not listed', () => {
    const udp = readCapture(fixture('pcapplusplus_many_interfaces-1.pcapng').bytes, {
      maxWarningsPerCode: 5,
    });
    if (!udp.ok) throw new Error(udp.error.message);
    expect(udp.capture.warnings).toHaveLength(5);
    expect(udp.capture.warningCounts).toEqual({ 'not-tcp': 32 });
  });

  test('a failed read keeps its true warning counts, not only the warnings it lists', async () => {
    const udp = ethernet(ipv4(new Uint8Array(8), { protocol: 17 }));
    const allUdp = pcapFile({
      linkType: 1,
      packets: Array.from({ length: 40 }, () => ({ data: udp })),
    });
    // No TCP at all: the read fails at its end.
    const noTcp = readCapture(allUdp, { maxWarningsPerCode: 3 });
    expect(noTcp.ok).toBe(false);
    if (noTcp.ok) return;
    expect(noTcp.warnings).toHaveLength(3);
    expect(noTcp.warningCounts).toEqual({ 'not-tcp': 40 });
    expect(summarizeFailure(noTcp, 'udp.pcap').warningCounts).toEqual({ 'not-tcp': 40 });
    // The file cannot be read on half-way: what was read until then is still counted.
    const half = allUdp.length / 2;
    async function* breaking(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      yield allUdp.slice(0, half);
      throw new Error('the disk went away');
    }
    const broken = await readCaptureStream(breaking(), { maxWarningsPerCode: 3 });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.error.code).toBe('read-failed');
    expect(broken.error.message).toContain('the disk went away');
    const read = broken.stats.frames;
    expect(read).toBeGreaterThan(3);
    expect(broken.warnings).toHaveLength(3);
    expect(broken.warningCounts).toEqual({ 'not-tcp': read });
  });

  test('readCaptureStream reads an async stream of chunks', async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < file.length; at += 4096) {
        await Promise.resolve();
        yield file.slice(at, at + 4096);
      }
    }
    const result = await readCaptureStream(chunks());
    expect(result.ok && result.capture.segments.length).toBe(200);
  });

  test('readCaptureStream stops pulling chunks once the reader is done', async () => {
    let pulled = 0;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled += 1;
        await Promise.resolve();
        yield new TextEncoder().encode('not a capture at all');
      }
    }
    const result = await readCaptureStream(chunks());
    expect(result.ok ? null : result.error.code).toBe('unknown-format');
    expect(pulled).toBe(1);
  });

  test('a failing stream is a typed error', async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield exchangePcap(handshake()).subarray(0, 30);
      await Promise.resolve();
      throw new Error('disk on fire');
    }
    const result = await readCaptureStream(chunks());
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'read-failed',
      message: 'byte 30: reading the file failed: Error: disk on fire',
    });
  });
});
