/**
 * The app's top-level views, chosen by `?view=`. The scenario player is built in; each other
 * view is a lazily loaded feature that renders inside the app shell.
 */
import type { ComponentType } from 'react';
import type { Lang, ViewId } from '../../i18n/index.ts';

/** What every feature view receives from the shell. */
export interface FeatureViewProps {
  /** The address bar's query string and fragment when the view opened. */
  search: string;
  hash: string;
  /** The header's slot for the view's Share, Embed, Present and Export tools. */
  toolsSlot: HTMLElement | null;
  /** The language on screen. */
  lang: Lang;
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
