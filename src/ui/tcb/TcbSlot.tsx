/** Where the TCB panel renders once opened: its chunk, its words and its data load then. */
import type { TcbTable } from '../../sim/index.ts';
import { LazyBoundary, lazyView } from '../recovery/index.ts';

const TcbPanel = lazyView(() => import('./TcbPanel.tsx'));

/**
 * Loads a scenario's TCB table by name (null: the run has none; undefined: a built-in, loaded by
 * the panel). Keep it stable across renders.
 */
export type TcbLoad = (scenario: string) => Promise<TcbTable | null> | undefined;

export interface TcbSlotProps {
  /** The scenario (its name in the library, or any key the loader knows). */
  scenario: string;
  /** Its loader; without one the scenario is a built-in, whose table the panel's chunk loads. */
  load: TcbLoad | undefined;
}

export function TcbSlot(props: TcbSlotProps) {
  return (
    <LazyBoundary fallback={null}>
      <TcbPanel {...props} />
    </LazyBoundary>
  );
}
