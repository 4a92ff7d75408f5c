/**
 * An error boundary around a view or a lazily loaded part: what fails inside it (a chunk that
 * will not load, a render that throws) is replaced by a message with Reload and Try again, and
 * the rest of the app keeps running.
 */
import { Component, type ReactNode } from 'react';
import { forgetFailedLoads } from './lazyView.ts';
import { ChunkLoadError } from '../../links/index.ts';
import { RecoveryPanel } from './RecoveryPanel.tsx';
import { reportLoadFailure } from './updateNotice.ts';

export interface RecoveryBoundaryProps {
  children: ReactNode;
  /**
   * What a chunk that will not load leaves in place: a message (`panel`, the default), or nothing
   * (`notice`: a dialog has no place of its own; the app-wide banner says it, and `onLoadFailure`
   * runs, e.g. to close the dialog so that opening it again tries again). A render error always
   * shows the message in place.
   */
  loadFailure?: 'panel' | 'notice';
  onLoadFailure?: () => void;
}

interface RecoveryBoundaryState {
  /** What was thrown, wrapped so that a thrown `undefined` still counts. */
  failure: { error: unknown } | null;
}

export class RecoveryBoundary extends Component<RecoveryBoundaryProps, RecoveryBoundaryState> {
  override state: RecoveryBoundaryState = { failure: null };

  static getDerivedStateFromError(error: unknown): RecoveryBoundaryState {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown): void {
    if (error instanceof ChunkLoadError && this.props.loadFailure === 'notice') {
      reportLoadFailure();
      // Opening it again is the user's "try again".
      forgetFailedLoads();
      this.props.onLoadFailure?.();
    }
  }

  private readonly retry = (): void => {
    forgetFailedLoads();
    this.setState({ failure: null });
  };

  override render(): ReactNode {
    const failure = this.state.failure;
    if (failure === null) return this.props.children;
    if (failure.error instanceof ChunkLoadError && this.props.loadFailure === 'notice') return null;
    return <RecoveryPanel error={failure.error} onRetry={this.retry} />;
  }
}
