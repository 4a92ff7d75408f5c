/**
 * Where a capture comes from: the marked drop zone with its file button, and the samples. Large
 * before anything is open, one compact row once a capture is on screen.
 */
import { useMessagesWith } from '../run/index.ts';
import { FilePickerButton } from '../kit/index.ts';
import type { CaptureSample } from './samples.ts';
import { SampleList } from './SampleList.tsx';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface OpenCapturePanelProps {
  compact: boolean;
  dragging: boolean;
  onFile: (file: File) => void;
  onSample: (sample: CaptureSample) => void;
}

export function OpenCapturePanel({ compact, dragging, onFile, onSample }: OpenCapturePanelProps) {
  const t = useMessagesWith(captureCatalogues);
  return (
    <section
      className={`capture-open${compact ? ' is-compact' : ''}`}
      aria-labelledby="capture-heading"
    >
      <div className="capture-open-text">
        <h2 id="capture-heading" className="capture-heading">
          {t.capture.heading}
        </h2>
        {!compact && <p className="capture-intro">{t.capture.intro}</p>}
      </div>
      <div
        className={`capture-drop-zone${dragging ? ' is-dragging' : ''}`}
        role="group"
        aria-label={t.capture.dropZone}
      >
        <p className="capture-drop-hint">{dragging ? t.capture.dropActive : t.capture.dropHint}</p>
        <FilePickerButton
          label={compact ? t.capture.openAnother : t.capture.chooseFile}
          onFile={onFile}
          className="capture-button primary"
        />
        <p className="capture-privacy">{t.capture.privacy}</p>
      </div>
      <SampleList onPick={onSample} compact={compact} />
    </section>
  );
}
