/** The run's TCB table, loaded once per `load`: undefined while it loads. */
import { useEffect, useState } from 'react';
import type { TcbTable } from '../../sim/index.ts';
import type { TcbLoad } from './TcbSlot.tsx';

export function useTcbTable(load: TcbLoad): TcbTable | null | undefined {
  const [loaded, setLoaded] = useState<{ load: TcbLoad; table: TcbTable | null } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (table) => {
        if (live) setLoaded({ load, table });
      },
      () => {
        if (live) setLoaded({ load, table: null });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded !== null && loaded.load === load ? loaded.table : undefined;
}
