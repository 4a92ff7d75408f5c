/**
 * The page's `<main>`, with an error boundary around the view in it: a view that fails leaves the
 * header, the tabs and the other views working. Keyed by the view, so that moving to another view
 * starts it afresh.
 */
import type { ReactNode } from 'react';
import { RecoveryBoundary } from './RecoveryBoundary.tsx';

export function ViewMain({ children }: { children: ReactNode }) {
  return (
    <main>
      <RecoveryBoundary>{children}</RecoveryBoundary>
    </main>
  );
}
