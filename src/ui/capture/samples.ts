/**
 * The bundled sample captures (public/samples/), served from the app's own origin. All four were
 * taken on Linux loopback with tcpdump (tests/fixtures/captures/live/, where the kernel's own
 * final states are recorded beside each file).
 */
import type { FeatureMessages } from '../../i18n/index.ts';

/** A sample's id, which also keys its title and description in the catalogue. */
export type CaptureSampleId = keyof FeatureMessages['capture']['sample'];

export interface CaptureSample {
  id: CaptureSampleId;
  /** File name under public/samples/. */
  file: string;
}

export const CAPTURE_SAMPLES: readonly CaptureSample[] = [
  { id: 'client-close', file: 'client-close.pcap' },
  { id: 'simultaneous-close', file: 'simultaneous-close.pcap' },
  { id: 'half-close', file: 'half-close.pcap' },
  { id: 'refused', file: 'refused.pcap' },
];

/** The sample an address names (`?sample=`), if it is one of ours. */
export function sampleNamed(name: string | null): CaptureSample | null {
  return CAPTURE_SAMPLES.find((s) => s.id === name) ?? null;
}

/** Where a sample is served, under the app's base URL. */
export function sampleUrl(sample: CaptureSample, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}samples/${sample.file}`;
}
