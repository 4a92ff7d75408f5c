/** The legend: every mark the ladder draws, drawn the same way, with what it means. */
import { useMemo } from 'react';
import { LEGEND_MARKS, legendSamples } from '../../layout/index.ts';
import { Dialog } from '../kit/index.ts';
import { legendCatalogues } from '../../i18n/legend/catalogues.ts';
import { useMessagesWith } from '../run/index.ts';
import { LegendSample } from './LegendSample.tsx';
import './legend.css';

export interface LadderLegendProps {
  /** The ladder's label size, so the samples match what is on screen. */
  fontPx: number;
  onClose: () => void;
}

/** Loaded lazily (LegendButton), when the legend is first opened. */
export default function LadderLegend({ fontPx, onClose }: LadderLegendProps) {
  const t = useMessagesWith(legendCatalogues).legend;
  const samples = useMemo(() => legendSamples(fontPx), [fontPx]);
  return (
    <Dialog title={t.title} onClose={onClose}>
      <p>{t.intro}</p>
      <dl className="legend-list">
        {LEGEND_MARKS.map((mark) => (
          <div key={mark} className="legend-item" data-mark={mark}>
            <dt>
              <LegendSample mark={mark} geometry={samples[mark]} />
              <span className="legend-name">{t.marks[mark].name}</span>
            </dt>
            <dd>{t.marks[mark].meaning}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
