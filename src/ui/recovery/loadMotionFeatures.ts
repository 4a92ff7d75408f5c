/**
 * framer-motion's animation features, for `<LazyMotion features={loadMotionFeatures}>`: loaded
 * after the first render. If their chunk will not load, the promise never settles and the app
 * draws without animation (LazyMotion would leave a rejection unhandled), and the user is offered
 * a reload.
 */
import type { FeatureBundle } from 'framer-motion';
import { loadChunk } from '../../links/index.ts';
import { reportLoadFailure } from './updateNotice.ts';

export function loadMotionFeatures(): Promise<FeatureBundle> {
  return loadChunk(() => import('../run/motionFeatures.ts')).then(
    (mod) => mod.default,
    () => {
      reportLoadFailure();
      return new Promise<FeatureBundle>(() => undefined);
    },
  );
}
