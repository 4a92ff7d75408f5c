/**
 * Each built-in scenario's TCB table (src/sim/tcb-table.ts), computed by the simulator here and,
 * in the build, at build time: one data chunk per scenario (scripts/vite/precomputed.ts), loaded
 * only when the TCB panel opens, never with the first view's trace.
 */
import { Simulation, type TcbTable } from '../sim/index.ts';
import { builtInScenarios } from './library.ts';

/** Each built-in scenario's TCB table, by name: one data chunk each in the build. */
export const builtInTcbTables: Readonly<Record<string, () => Promise<TcbTable>>> =
  Object.fromEntries(
    builtInScenarios.map((s) => [
      s.name,
      () => {
        const run = new Simulation(s);
        run.run();
        return Promise.resolve(run.tcbTable());
      },
    ]),
  );
