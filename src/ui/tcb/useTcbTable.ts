/**
 * The run's TCB table, loaded once per scenario: undefined while it loads. Without a loader the
 * scenario is a built-in, whose table (a data chunk of its own) loads from here, with the panel.
 */
import { useEffect, useState } from 'react';
import type { TcbTable } from '../../sim/index.ts';
import type { TcbSlotProps } from './TcbSlot.tsx';

const loadBuiltIn = async (scenario: string): Promise<TcbTable | null> =>
  (await import('../../scenarios/built-in-tcb-loader.ts')).loadBuiltInTcb(scenario);

export function useTcbTable({ scenario, load }: TcbSlotProps): TcbTable | null | undefined {
  const [loaded, setLoaded] = useState<{ key: unknown; table: TcbTable | null } | null>(null);
  const key = load ?? scenario;
  useEffect(() => {
    let live = true;
    (load?.(scenario) ?? loadBuiltIn(scenario)).then(
      (table) => {
        if (live) setLoaded({ key, table });
      },
      () => {
        if (live) setLoaded({ key, table: null });
      },
    );
    return () => {
      live = false;
    };
  }, [key, load, scenario]);
  return loaded !== null && loaded.key === key ? loaded.table : undefined;
}
