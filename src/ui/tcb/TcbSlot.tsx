/** Where the TCB panel renders once opened: its chunk, its words and its data load then. */
import type { TcbTable } from '../../sim/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';

const TcbPanel = lazyView(() => import('./TcbPanel.tsx'));

/** Loads the run's TCB table (null: the run has none). Keep it stable across renders. */
export type TcbLoad = () => Promise<TcbTable | null>;

export function TcbSlot({ load }: { load: TcbLoad }) {
  return (
    <LazyBoundary fallback={null}>
      <TcbPanel load={load} />
    </LazyBoundary>
  );
}
