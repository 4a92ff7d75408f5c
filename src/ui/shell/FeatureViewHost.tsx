/**
 * Renders a lazily loaded feature view, with a loading line while its chunk arrives (a chunk that
 * will not load, even on a second try, reaches the view's error boundary in ViewMain).
 */
import { Suspense, createElement, type ComponentType } from 'react';
import type { ViewId } from '../../i18n/index.ts';
import { lazyView } from '../recovery/index.ts';
import { useMessages } from '../run/index.ts';
import { FEATURE_VIEWS, type FeatureViewProps } from './views.ts';

/** Each feature view as a lazy component, made once at module load. */
const LAZY_VIEWS = new Map<ViewId, ComponentType<FeatureViewProps>>(
  FEATURE_VIEWS.map((v) => [v.id, lazyView(v.load)]),
);

export interface FeatureViewHostProps extends FeatureViewProps {
  id: ViewId;
}

export function FeatureViewHost({ id, ...props }: FeatureViewHostProps) {
  const t = useMessages();
  const view = LAZY_VIEWS.get(id);
  if (view === undefined) return null;
  return (
    <Suspense fallback={<p className="loading">{t.loading}</p>}>
      {createElement(view, props)}
    </Suspense>
  );
}
