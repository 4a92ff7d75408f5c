/** The ladder's legend's words, loaded with its dialog. */
import type { LegendMark } from '../../layout/index.ts';

export interface LegendMessages {
  title: string;
  intro: string;
  marks: Record<LegendMark, { name: string; meaning: string }>;
  /** Sample label text drawn in the legend's own marks. */
  sampleLost: string;
}
