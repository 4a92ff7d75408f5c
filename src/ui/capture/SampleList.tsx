/** The bundled sample captures, each a button with its title and one-line description. */
import { useId } from 'react';
import { useMessagesWith } from '../run/index.ts';
import { CAPTURE_SAMPLES, type CaptureSample } from './samples.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface SampleListProps {
  onPick: (sample: CaptureSample) => void;
  compact: boolean;
}

export function SampleList({ onPick, compact }: SampleListProps) {
  const t = useMessagesWith(captureCatalogues);
  const headingId = useId();
  return (
    <div className={`capture-samples${compact ? ' is-compact' : ''}`}>
      <h3 id={headingId} className="capture-samples-heading">
        {t.capture.samplesHeading}
      </h3>
      <ul aria-labelledby={headingId}>
        {CAPTURE_SAMPLES.map((sample) => {
          const text = t.capture.sample[sample.id];
          const descriptionId = `${headingId}-${sample.id}`;
          return (
            <li key={sample.id}>
              <button
                type="button"
                className="capture-sample"
                aria-describedby={compact ? undefined : descriptionId}
                title={compact ? text.description : undefined}
                onClick={() => {
                  onPick(sample);
                }}
              >
                <span className="capture-sample-title">{text.title}</span>
                {!compact && (
                  <span id={descriptionId} className="capture-sample-description">
                    {text.description}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
