/** The inspector's frame: a hint until a segment is chosen, then its header (lazy-loaded). */
import { useMessages, useSelection } from '../run/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';

const SegmentInspector = lazyView(() => import('./SegmentInspector.tsx'));

export function InspectorPanel() {
  const t = useMessages();
  const { selectedId } = useSelection();
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="panel-title">
        {t.inspector}
      </h2>
      {selectedId === null ? (
        <p className="hint">{t.inspectorHint}</p>
      ) : (
        <LazyBoundary fallback={<p className="hint">{t.loading}</p>}>
          <SegmentInspector id={selectedId} />
        </LazyBoundary>
      )}
    </section>
  );
}
