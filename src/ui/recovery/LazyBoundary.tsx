/**
 * Where a lazily loaded part renders: `fallback` while its chunk arrives, and an error boundary
 * around it (see RecoveryBoundary for what a failure leaves in place).
 */
import { Suspense, type ReactNode } from 'react';
import { RecoveryBoundary, type RecoveryBoundaryProps } from './RecoveryBoundary.tsx';

export interface LazyBoundaryProps extends RecoveryBoundaryProps {
  /** What shows while the chunk loads. */
  fallback: ReactNode;
}

export function LazyBoundary({ children, fallback, ...boundary }: LazyBoundaryProps) {
  return (
    <RecoveryBoundary {...boundary}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </RecoveryBoundary>
  );
}
