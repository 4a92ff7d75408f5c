/**
 * The app's top-level views, chosen by `?view=`. The scenario player is built in; each other
 * view is a lazily loaded feature that renders inside the app shell.
 */
import type { ComponentType } from 'react';
import type { ViewId } from '../../i18n/index.ts';

/** What every feature view receives from the shell. */
export interface FeatureViewProps {
  /** The address bar's query string when the view opened. */
  search: string;
}

/** A lazily loaded feature view. */
export interface FeatureView {
  id: Exclude<ViewId, 'scenarios'>;
  load: () => Promise<{ default: ComponentType<FeatureViewProps> }>;
}

/**
 * Registered feature views, in tab order after Scenarios. Each feature adds its own entry here.
 */
export const FEATURE_VIEWS: readonly FeatureView[] = [
  { id: 'capture', load: () => import('../capture/CaptureView.tsx') },
  { id: 'lab', load: () => import('../lab/LabView.tsx') },
];

/** The view a query string asks for (Scenarios when absent or unknown). */
export function viewFromSearch(search: string): ViewId {
  const asked = new URLSearchParams(search).get('view');
  return FEATURE_VIEWS.find((v) => v.id === asked)?.id ?? 'scenarios';
}
