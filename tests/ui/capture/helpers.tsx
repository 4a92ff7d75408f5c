/**
 * Capture view test plumbing: the worker's real handler run in-process behind the port
 * interface (happy-dom has no workers), fixture files as Files, and a render of the view inside
 * the same providers the app gives it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import { en, type Messages } from '../../../src/i18n/index.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { MessagesContext } from '../../../src/ui/run/contexts.ts';
import { createCaptureWorkerHandler } from '../../../src/ui/capture/captureWorkerHandler.ts';
import { CaptureStore, type CaptureServices } from '../../../src/ui/capture/captureStore.ts';
import { CaptureWorkspace } from '../../../src/ui/capture/CaptureWorkspace.tsx';
import type { CaptureSample } from '../../../src/ui/capture/samples.ts';
import type { CaptureWorkerPort } from '../../../src/ui/capture/workerPort.ts';
import type { WorkerToMain } from '../../../src/ui/capture/workerProtocol.ts';

export const LIVE = join('tests', 'fixtures', 'captures', 'live');
export const CAPTURES = join('tests', 'fixtures', 'captures');

/** A fixture's bytes. */
export function fixtureBytes(path: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path));
}

/** A fixture as a File, optionally cut to its first `length` bytes. */
export function fixtureFile(path: string, name: string, length?: number): File {
  const bytes = fixtureBytes(path);
  return new File([length === undefined ? bytes : bytes.slice(0, length)], name);
}

/** A port whose worker is tracked, so tests can see what was terminated. */
export interface TestPort extends CaptureWorkerPort {
  terminated: () => boolean;
}

/**
 * The real worker handler behind a port, answering asynchronously with structured clones, as a
 * worker would. Small slices make even the tiny fixtures arrive in several chunks.
 */
export function inProcessPort(chunkBytes = 256): TestPort {
  let deliver: ((data: unknown) => void) | null = null;
  let terminated = false;
  const handle = createCaptureWorkerHandler((message: WorkerToMain) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!terminated) deliver?.(copy);
    }, 0);
  }, chunkBytes);
  return {
    post: (message) => {
      if (!terminated) void handle(message);
    },
    listen: (onMessage) => {
      deliver = onMessage;
    },
    terminate: () => {
      terminated = true;
    },
    terminated: () => terminated,
  };
}

/** A port the test drives by hand: it records requests and sends what the test says. */
export interface ManualPort extends TestPort {
  posted: unknown[];
  send: (data: unknown) => void;
  crash: (detail: string) => void;
}

export function manualPort(): ManualPort {
  let deliver: ((data: unknown) => void) | null = null;
  let fail: ((detail: string) => void) | null = null;
  let terminated = false;
  const posted: unknown[] = [];
  return {
    posted,
    post: (message) => {
      posted.push(message);
    },
    listen: (onMessage, onCrash) => {
      deliver = onMessage;
      fail = onCrash;
    },
    terminate: () => {
      terminated = true;
    },
    terminated: () => terminated,
    send: (data) => {
      if (!terminated) deliver?.(data);
    },
    crash: (detail) => {
      fail?.(detail);
    },
  };
}

/** Samples are read from public/samples/, as the app would fetch them. */
export async function readSample(sample: CaptureSample): Promise<Blob> {
  return Promise.resolve(new Blob([fixtureBytes(join('public', 'samples', sample.file))]));
}

/** A store whose workers come from `ports` in turn (in-process ones by default). */
export function testStore(ports: (() => TestPort)[] = []): {
  store: CaptureStore;
  started: TestPort[];
} {
  const started: TestPort[] = [];
  const services: CaptureServices = {
    startWorker: () => {
      const port = ports[started.length]?.() ?? inProcessPort();
      started.push(port);
      return port;
    },
    fetchSample: readSample,
  };
  return { store: new CaptureStore(services), started };
}

/** Renders the capture view over a store, in the app's providers. */
export function renderCapture(
  store: CaptureStore,
  options: { lang?: 'en' | 'ko'; search?: string } = {},
): RenderResult {
  const messages: Messages = options.lang === 'ko' ? ko : en;
  return render(
    <MessagesContext.Provider value={messages}>
      <div className="app" lang={messages.lang}>
        <CaptureWorkspace store={store} search={options.search ?? ''} />
      </div>
    </MessagesContext.Provider>,
  );
}
