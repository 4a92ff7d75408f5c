/**
 * The worker's work, run in-process on real captures: reading in slices gives what reading the
 * whole file gives, progress climbs to the file size, traces match the core's, and bad files
 * fail with the reader's located error.
 */
import { join } from 'node:path';
import { readCapture, traceConversation } from '../../../src/capture/index.ts';
import { createCaptureWorkerHandler } from '../../../src/ui/capture/captureWorkerHandler.ts';
import { parseWorkerMessage, type WorkerToMain } from '../../../src/ui/capture/workerProtocol.ts';
import { CAPTURES, LIVE, fixtureBytes, fixtureFile } from './helpers.tsx';

function collect(chunkBytes: number) {
  const messages: WorkerToMain[] = [];
  const handle = createCaptureWorkerHandler((m) => {
    messages.push(m);
  }, chunkBytes);
  return { messages, handle };
}

function only<T extends WorkerToMain['type']>(
  messages: WorkerToMain[],
  type: T,
): Extract<WorkerToMain, { type: T }>[] {
  return messages.filter((m): m is Extract<WorkerToMain, { type: T }> => m.type === type);
}

describe('capture worker handler', () => {
  it('reads a capture in small slices into the same conversations as a whole read', async () => {
    const path = join(CAPTURES, 'pcapplusplus_four_ipv6_http_streams.pcap');
    const { messages, handle } = collect(1000);
    await handle({ type: 'open', file: fixtureFile(path, 'four.pcap'), name: 'four.pcap' });
    const whole = readCapture(fixtureBytes(path));
    if (!whole.ok) throw new Error(whole.error.message);

    const progress = only(messages, 'progress').map((m) => m.progress.bytesRead);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(whole.capture.stats.bytesRead);

    const [opened] = only(messages, 'opened');
    if (opened === undefined) throw new Error('not opened');
    expect(opened.summary.fileName).toBe('four.pcap');
    expect(opened.summary.conversationCount).toBe(4);
    expect(opened.summary.conversations.map((c) => [c.stream, c.packets, c.bytes])).toEqual(
      whole.capture.conversations.map((c) => [c.stream, c.packets, c.bytes]),
    );
    expect(opened.summary.conversations[0]).not.toHaveProperty('segmentIndices');
    // What crosses to the page passes the page's schema.
    for (const m of messages) expect(parseWorkerMessage(structuredClone(m)).ok).toBe(true);
  });

  it('builds a conversation’s trace on request, as the core does', async () => {
    const path = join(LIVE, 'a_normal_client_close.pcap');
    const { messages, handle } = collect(4096);
    await handle({ type: 'open', file: fixtureFile(path, 'a.pcap'), name: 'a.pcap' });
    await handle({ type: 'trace', requestId: 7, stream: 0 });
    const [answer] = only(messages, 'trace');
    const whole = readCapture(fixtureBytes(path));
    if (!whole.ok || answer === undefined) throw new Error('no trace');
    const expected = traceConversation(whole.capture, 0, 'a.pcap');
    if (!expected.ok) throw new Error(expected.error.message);
    expect(answer.requestId).toBe(7);
    expect(answer.trace).toEqual(expected.trace);
    expect(answer.trace.endpoints.client.finalState).toBe('TIME-WAIT');
    expect(parseWorkerMessage(structuredClone(answer)).ok).toBe(true);
  });

  it('answers a request for a stream that does not exist with the core’s error', async () => {
    const { messages, handle } = collect(4096);
    await handle({ type: 'trace', requestId: 1, stream: 0 });
    await handle({
      type: 'open',
      file: fixtureFile(join(LIVE, 'e_refused.pcap'), 'e.pcap'),
      name: 'e.pcap',
    });
    await handle({ type: 'trace', requestId: 2, stream: 5 });
    const failed = only(messages, 'trace-failed');
    expect(failed.map((m) => [m.requestId, m.error.code])).toEqual([
      [1, 'no-such-stream'],
      [2, 'no-such-stream'],
    ]);
    expect(failed[1]?.error.message).toMatch(/there is no TCP stream 5 \(the capture has 1\)/);
  });

  it('keeps the packets before a cut and says where the file was cut', async () => {
    const path = join(LIVE, 'c_half_close.pcap');
    const { messages, handle } = collect(300);
    await handle({ type: 'open', file: fixtureFile(path, 'cut.pcap', 1500), name: 'cut.pcap' });
    const [opened] = only(messages, 'opened');
    if (opened === undefined) throw new Error('not opened');
    expect(opened.summary.warningCounts['truncated-packet']).toBe(1);
    const warning = opened.summary.warnings.find((w) => w.code === 'truncated-packet');
    expect(warning?.message).toMatch(/^packet \d+ at byte [\d,]+: /);
    expect(opened.summary.conversations[0]?.packets).toBeGreaterThan(5);
    expect(opened.summary.conversations[0]?.packets).toBeLessThan(15);
  });

  it('fails with a located error on a file that is not a capture', async () => {
    const { messages, handle } = collect(64);
    const junk = new File([new TextEncoder().encode('GET / HTTP/1.1\r\nHost: x\r\n\r\n')], 'x.txt');
    await handle({ type: 'open', file: junk, name: 'x.txt' });
    const [failed] = only(messages, 'open-failed');
    expect(failed?.failure.fileName).toBe('x.txt');
    expect(failed?.failure.error.code).toBe('unknown-format');
    expect(failed?.failure.error.message).toMatch(/^byte 0: /);
    expect(only(messages, 'opened')).toEqual([]);
  });

  it('fails on a capture without TCP, naming what it holds', async () => {
    const { messages, handle } = collect(4096);
    const path = join(CAPTURES, 'pcapplusplus_many_interfaces-1.pcapng');
    const bytes = fixtureBytes(path);
    const whole = readCapture(bytes);
    // The fixture has TCP; its first few blocks (section, interfaces and UDP) do not.
    const firstTcp = whole.ok ? (whole.capture.segments[0]?.offset ?? 0) : 0;
    await handle({
      type: 'open',
      file: fixtureFile(path, 'udp.pcapng', firstTcp),
      name: 'udp.pcapng',
    });
    const [failed] = only(messages, 'open-failed');
    expect(failed?.failure.error.code).toBe('no-tcp');
    expect(failed?.failure.error.message).toMatch(/not TCP|UDP/);
    expect(failed?.failure.frames).toBeGreaterThan(0);
  });

  it('reports a request it does not understand instead of throwing', async () => {
    const { messages, handle } = collect(64);
    await handle({ type: 'open', file: 'not a file', name: 3 });
    const [failed] = only(messages, 'open-failed');
    expect(failed?.failure.error.code).toBe('internal-error');
    expect(failed?.failure.error.message).toMatch(/unexpected request \(file: /);
  });
});
