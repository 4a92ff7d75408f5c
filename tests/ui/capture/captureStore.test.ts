/**
 * The store with the real worker handler in-process: each open gets its own worker, only a
 * success replaces the current one, Cancel terminates the reading worker, and a worker that
 * talks nonsense or crashes is reported, not trusted.
 */
import { join } from 'node:path';
import { waitFor } from '@testing-library/react';
import { CaptureStore } from '../../../src/ui/capture/captureStore.ts';
import { CAPTURE_SAMPLES } from '../../../src/ui/capture/samples.ts';
import {
  LIVE,
  CAPTURES,
  fixtureBytes,
  fixtureFile,
  inProcessPort,
  manualPort,
  testStore,
} from './helpers.tsx';

const sample = (id: string) => {
  const s = CAPTURE_SAMPLES.find((x) => x.id === id);
  if (s === undefined) throw new Error(id);
  return s;
};

describe('capture store', () => {
  it('opens a sample, lists its conversation and traces it (the only one) at once', async () => {
    const { store } = testStore();
    store.openSample(sample('client-close'));
    expect(store.getSnapshot().opening).toMatchObject({ fileName: 'client-close.pcap' });
    await waitFor(() => {
      expect(store.getSnapshot().current?.view.status).toBe('ready');
    });
    const s = store.getSnapshot();
    expect(s.current?.summary.conversationCount).toBe(1);
    const view = s.current?.view;
    expect(view?.status === 'ready' && view.trace.endpoints.client.finalState).toBe('TIME-WAIT');
  });

  it('waits for a choice when there are several conversations', async () => {
    const { store } = testStore();
    store.openFile(
      fixtureFile(join(CAPTURES, 'pcapplusplus_four_ipv6_http_streams.pcap'), 'four.pcap'),
      'four.pcap',
    );
    await waitFor(() => {
      expect(store.getSnapshot().current).not.toBeNull();
    });
    expect(store.getSnapshot().current?.view).toEqual({ status: 'none' });
    store.chooseStream(2);
    expect(store.getSnapshot().current?.view.status).toBe('loading');
    await waitFor(() => {
      expect(store.getSnapshot().current?.view.status).toBe('ready');
    });
    const view = store.getSnapshot().current?.view;
    expect(view?.status === 'ready' && view.trace.source).toEqual({
      kind: 'capture',
      file: 'four.pcap',
      stream: 2,
    });
  });

  it('opens a sample at the conversation and step asked for, if the capture has it', async () => {
    // A sample served with four conversations, so the one asked for is not the only one.
    const four = fixtureBytes(join(CAPTURES, 'pcapplusplus_four_ipv6_http_streams.pcap'));
    const store = new CaptureStore({
      startWorker: () => inProcessPort(),
      fetchSample: () => Promise.resolve(new Blob([four])),
    });
    store.openSample(sample('half-close'), { stream: 2, step: 5 });
    await waitFor(() => {
      expect(store.getSnapshot().current?.view.status).toBe('ready');
    });
    expect(store.getSnapshot().current).toMatchObject({
      sample: 'half-close',
      view: { status: 'ready', stream: 2, step: 5 },
    });
    store.rest(7);
    expect(store.getSnapshot().current?.view).toMatchObject({ stream: 2, step: 7 });

    // A conversation the capture does not have: it opens as any capture of several does.
    store.openSample(sample('refused'), { stream: 9, step: 5 });
    await waitFor(() => {
      expect(store.getSnapshot().current?.sample).toBe('refused');
    });
    expect(store.getSnapshot().current?.view).toEqual({ status: 'none' });
  });

  it('keeps the capture and its worker when another open fails', async () => {
    const { store, started } = testStore();
    store.openSample(sample('half-close'));
    await waitFor(() => {
      expect(store.getSnapshot().current?.view.status).toBe('ready');
    });
    const before = store.getSnapshot().current;
    store.openFile(new File([new Uint8Array([1, 2, 3, 4, 5, 6])], 'junk.bin'), 'junk.bin');
    await waitFor(() => {
      expect(store.getSnapshot().notice?.kind).toBe('failed');
    });
    expect(store.getSnapshot().current).toBe(before);
    expect(started[0]?.terminated()).toBe(false);
    expect(started[1]?.terminated()).toBe(true);
    // The first worker still builds traces.
    store.chooseStream(0);
    await waitFor(() => {
      expect(store.getSnapshot().current?.view.status).toBe('ready');
    });
  });

  it('replaces the capture and ends the old worker when another open succeeds', async () => {
    const { store, started } = testStore();
    store.openSample(sample('refused'));
    await waitFor(() => {
      expect(store.getSnapshot().current?.summary.fileName).toBe('refused.pcap');
    });
    store.openFile(fixtureFile(join(LIVE, 'b_server_close_first.pcap'), 'b.pcap'), 'b.pcap');
    await waitFor(() => {
      expect(store.getSnapshot().current?.summary.fileName).toBe('b.pcap');
    });
    expect(started[0]?.terminated()).toBe(true);
    expect(started[1]?.terminated()).toBe(false);
  });

  it('cancels by terminating the reading worker', () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    store.openFile(new File([new Uint8Array(100)], 'big.pcap'), 'big.pcap');
    expect(port.posted).toHaveLength(1);
    port.send({
      type: 'progress',
      progress: { bytesRead: 40, totalBytes: 100, frames: 3, segments: 1 },
    });
    expect(store.getSnapshot().opening?.progress?.bytesRead).toBe(40);
    store.cancel();
    expect(port.terminated()).toBe(true);
    expect(store.getSnapshot().opening).toBeNull();
    expect(store.getSnapshot().notice).toEqual({ kind: 'cancelled', fileName: 'big.pcap' });
  });

  it('does not trust a worker message that fails the schema', () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    store.openFile(new File([new Uint8Array(10)], 'x.pcap'), 'x.pcap');
    port.send({ type: 'opened', summary: { fileName: 'x.pcap' } });
    expect(store.getSnapshot().current).toBeNull();
    const notice = store.getSnapshot().notice;
    expect(notice?.kind).toBe('crashed');
    expect(notice?.kind === 'crashed' && notice.detail).toMatch(
      /unexpected message from the capture reader \(summary\.\w+: /,
    );
    expect(port.terminated()).toBe(true);
  });

  it('reports a worker that crashes while reading', () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    store.openFile(new File([new Uint8Array(10)], 'x.pcap'), 'x.pcap');
    port.crash('out of memory');
    expect(store.getSnapshot().notice).toEqual({
      kind: 'crashed',
      fileName: 'x.pcap',
      detail: 'out of memory',
    });
  });

  it('reports a sample that cannot be fetched', async () => {
    const failing = new CaptureStore({
      startWorker: () => manualPort(),
      fetchSample: () => Promise.reject(new Error('HTTP 404 for refused.pcap')),
    });
    failing.openSample(sample('refused'));
    await waitFor(() => {
      expect(failing.getSnapshot().notice).toEqual({
        kind: 'sample-unavailable',
        fileName: 'refused.pcap',
        detail: 'Error: HTTP 404 for refused.pcap',
      });
    });
  });

  it('does not hand a conversation larger than the player takes to the player', async () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    store.openFile(new File([new Uint8Array(10)], 'x.pcap'), 'x.pcap');
    const row = {
      stream: 0,
      a: { address: '10.0.0.1', port: 1 },
      b: { address: '10.0.0.2', port: 2 },
      packets: 90_000,
      bytes: 1,
      payloadBytes: 0,
      start: 0,
      duration: 1,
      sawSyn: true,
      sawSynAck: true,
      sawFin: true,
      sawRst: false,
      hasHandshake: true,
      hasClose: true,
    };
    port.send({
      type: 'opened',
      summary: {
        fileName: 'x.pcap',
        fileBytes: 10,
        format: 'pcap',
        linkTypes: [],
        frames: 90_000,
        segments: 90_000,
        conversationCount: 1,
        conversations: [row],
        skipped: {},
        warnings: [],
        warningCounts: {},
        complete: true,
      },
    });
    await waitFor(() => {
      expect(store.getSnapshot().current?.view).toEqual({
        status: 'too-large',
        stream: 0,
        packets: 90_000,
      });
    });
    expect(port.posted).toHaveLength(1);
  });
});
