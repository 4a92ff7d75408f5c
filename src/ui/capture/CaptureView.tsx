/**
 * The "Open a capture" feature view (lazily loaded). Its store lives at module level, so leaving
 * for another tab and coming back finds the same capture and conversation.
 */
import { CaptureStore } from './captureStore.ts';
import { CaptureWorkspace } from './CaptureWorkspace.tsx';
import { sampleUrl, type CaptureSample } from './samples.ts';
import { startCaptureWorker } from './workerPort.ts';
import './capture.css';

async function fetchBundledSample(sample: CaptureSample, signal: AbortSignal): Promise<Blob> {
  const response = await fetch(sampleUrl(sample, import.meta.env.BASE_URL), { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${sample.file}`);
  return response.blob();
}

let shared: CaptureStore | null = null;

function sharedStore(): CaptureStore {
  shared ??= new CaptureStore({ startWorker: startCaptureWorker, fetchSample: fetchBundledSample });
  return shared;
}

export interface CaptureViewProps {
  /** The address bar's query string when the view opened. */
  search: string;
  /** The header's slot for the Present and Export tools. */
  toolsSlot: HTMLElement | null;
}

export default function CaptureView({ search, toolsSlot }: CaptureViewProps) {
  return <CaptureWorkspace store={sharedStore()} search={search} toolsSlot={toolsSlot} />;
}
